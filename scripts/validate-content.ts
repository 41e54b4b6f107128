/**
 * `npm run validate`: checks every content file in seconds, without building the site: the schemas
 * and cross-file rules (src/lib/content/read-content.ts), then each page's MDX compiled, its
 * components and its internal links and `#fragments` (src/lib/content/mdx-check.ts).
 */
import { readFileSync } from 'node:fs';
import { GENERAL_SECTIONS } from '../src/config.ts';
import { formatProblem } from '../src/lib/content/content-rules.ts';
import { checkMdxPages } from '../src/lib/content/mdx-check.ts';
import { readContent } from '../src/lib/content/read-content.ts';
import { mlaDomainOf } from '../src/lib/outline/mla-outline.ts';
import { DATA, domainDrillSlug, drillHref, pageHref, PRACTICE, taskDrillHref } from '../src/lib/urls.ts';

const started = performance.now();
const { problems, pages, pageFiles, questions, trees, outline } = readContent(process.cwd());

// The site's URLs that are not guide pages: home, section overviews, practice pages, drills, data files.
const domains = outline?.domains ?? [];
const paths = new Set<string>([
  '/',
  ...[...GENERAL_SECTIONS.before, ...domains, ...GENERAL_SECTIONS.after].map((s) => pageHref(s.slug)),
  ...Object.values(PRACTICE),
  ...Object.values(DATA),
  ...domains.flatMap((d) => [drillHref(domainDrillSlug(d.id)), ...d.tasks.map((t) => taskDrillHref(t.id))]),
]);
// The frontmatter becomes blank lines, so the compiler's line numbers are the file's.
const bodies = pageFiles.map((page) => ({
  file: page.file,
  path: pageHref(page.id),
  body: readFileSync(page.file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/[^\n]/g, '')),
}));
problems.push(...(await checkMdxPages(bodies, paths)));

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in content/ (${seconds} s)`);
  process.exit(1);
}
const byDomain = [1, 2, 3, 4].map((d) => questions.filter((q) => q.data.domain === d).length);
const byMlaDomain = [1, 2, 3, 4].map((d) => questions.filter((q) => mlaDomainOf(q.data.mla) === d).length);
const mlaOnly = questions.filter((q) => q.data.domain === undefined).length;
console.log(
  `content/ is valid: ${pages.length} pages (MDX, components, links and fragments), ${questions.length} questions (MLS-C01 by domain: ${byDomain.join(' / ')}; MLA-C01 by first tag's domain: ${byMlaDomain.join(' / ')}, ${mlaOnly} MLA-C01 only), ${trees.length} decision trees (${seconds} s)`,
);
