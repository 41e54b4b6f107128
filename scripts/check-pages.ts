/**
 * `node scripts/check-pages.ts [filter…]`: a fast authoring check, without a build. Compiles every
 * MDX page (or those whose path contains a filter) with the site's math pipeline, renders every
 * question's Markdown, and checks that each question's `section` is a heading id of its page.
 * The build remains the full check; this catches MDX syntax, KaTeX and anchor mistakes in seconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';
import { readContent } from '../src/lib/content/read-content.ts';
import { mathOnlyRehypePlugins, remarkPlugins } from '../src/lib/markdown/markdown-options.ts';

const filters = process.argv.slice(2);
const root = process.cwd();
const { questions, pages, problems } = readContent(root);
const chosen = (path: string) => filters.length === 0 || filters.some((f) => path.includes(f));
const errors: string[] = problems.map((p) => `${p.file} › ${p.field}: found ${p.found}; allowed: ${p.allowed}`);
// @ts-expect-error readonly plugin tuples
const options: Parameters<typeof compile>[1] = { remarkPlugins: [...remarkPlugins], rehypePlugins: [...mathOnlyRehypePlugins] };

/** Heading ids as Astro assigns them (github-slugger over the heading text). */
function headingIds(source: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  let fenced = false;
  for (const line of source.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = fenced ? null : /^#{2,6}\s+(.+?)\s*$/.exec(line);
    if (heading?.[1])
      ids.add(
        slugger.slug(
          heading[1]
            .replace(/`/g, '')
            .replace(/\$[^$]*\$/g, '')
            .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'),
        ),
      );
  }
  return ids;
}

const idsByPage = new Map<string, Set<string>>();
for (const page of pages) {
  const file = join(root, page.file);
  const source = readFileSync(file, 'utf8');
  idsByPage.set(page.id, headingIds(source));
  if (!chosen(page.file)) continue;
  try {
    await compile(source.replace(/^---\n[\s\S]*?\n---\n/, ''), options);
  } catch (error) {
    errors.push(`${page.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
let checked = 0;
for (const { file, data } of questions) {
  if (!chosen(file) && !chosen(data.page)) continue;
  checked++;
  const texts = [
    ['stem', data.stem],
    ...data.options.flatMap((o, i) => [
      [`options[${i}].text`, o.text],
      [`options[${i}].explanation`, o.explanation],
    ]),
  ];
  for (const [field, text] of texts) {
    try {
      await compile(text ?? '', { ...options, format: 'md' });
    } catch (error) {
      errors.push(`${file} › ${field}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const ids = idsByPage.get(data.page);
  if (data.section && ids && !ids.has(data.section)) {
    errors.push(`${file} › section: found "${data.section}"; allowed: a heading id of ${data.page} (${[...ids].join(', ')})`);
  }
}
if (errors.length > 0) {
  for (const e of errors) console.error(e);
  console.error(`\n${errors.length} problem(s)`);
  process.exit(1);
}
console.log(`pages compile and ${checked} questions render; every section is a heading of its page`);
