/**
 * The body check of `npm run validate`: compiles each page's MDX (with the site's remark plugins,
 * without rendering), and checks that every component is one the site provides and every internal
 * link reaches a page of the site and, with a `#fragment`, a heading or anchor on that page. Each
 * problem names the file and line. Pure: the caller reads the files.
 */
import { compile } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from './content-rules.ts';
import { MDX_COMPONENT_NAMES } from './mdx-components.ts';
import { remarkPlugins } from '../markdown/markdown-options.ts';
import { treeAnchor } from '../urls.ts';

/** What a page's MDX uses and provides, each with its line. */
export interface MdxFacts {
  components: { name: string; line: number }[];
  links: { href: string; line: number }[];
  /** The element ids the page will have: headings (as Astro slugs them) and tree anchors. */
  ids: Set<string>;
}

type MdxNode = { type: string; name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[] };

/** Compile one page's MDX body; the facts, or the compiler's error with its line. */
export async function readMdx(body: string): Promise<{ facts: MdxFacts } | { error: string; line: number | undefined }> {
  const facts: MdxFacts = { components: [], links: [], ids: new Set() };
  const collect = () => (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, (node) => {
      const line = node.position?.start.line ?? 0;
      if (node.type === 'heading') facts.ids.add(slugger.slug(toString(node)));
      if (node.type === 'link') facts.links.push({ href: node.url, line });
      const jsx = node as MdxNode;
      if (jsx.type !== 'mdxJsxFlowElement' && jsx.type !== 'mdxJsxTextElement') return;
      const attribute = (name: string) => jsx.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      const href = attribute('href');
      if (typeof href === 'string') facts.links.push({ href, line });
      const id = attribute('id');
      if (typeof id === 'string') facts.ids.add(jsx.name === 'DecisionTree' ? treeAnchor(id) : id);
      if (jsx.name && /^[A-Z]/.test(jsx.name)) facts.components.push({ name: jsx.name, line });
    });
  };
  try {
    await compile(body, { remarkPlugins: [...remarkPlugins, collect] });
    return { facts };
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    return { error: place.reason ?? place.message ?? String(error), line: place.line };
  }
}

/** A page to check: its file, its URL path and its MDX body (frontmatter removed, lines kept). */
export interface MdxPage {
  file: string;
  path: string;
  body: string;
}

/**
 * Every problem in the pages' bodies. `paths` lists the other URL paths of the site that a link may
 * reach (section overviews, practice pages, data files); their fragments are not checked.
 * One mistake gives one problem: a page that fails to compile is reported once, not by every link to it.
 */
export async function checkMdxPages(pages: readonly MdxPage[], paths: ReadonlySet<string>): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const facts = new Map<string, MdxFacts>();
  // A page that does not compile still exists: links to it are fine, its fragments unchecked.
  const known = new Set([...paths, ...pages.map((p) => p.path)]);
  for (const page of pages) {
    const read = await readMdx(page.body);
    if ('error' in read) problems.push({ file: page.file, field: `line ${read.line ?? '?'}`, found: read.error, allowed: 'valid MDX (CONTRIBUTING.md, "What you can write in a page")' });
    else facts.set(page.path, read.facts);
  }
  for (const page of pages) {
    for (const { name, line } of facts.get(page.path)?.components ?? []) {
      if (!(MDX_COMPONENT_NAMES as readonly string[]).includes(name)) {
        problems.push({ file: page.file, field: `line ${line}`, found: `<${name}>`, allowed: `a component of the site: ${MDX_COMPONENT_NAMES.join(', ')}` });
      }
    }
    for (const { href, line } of facts.get(page.path)?.links ?? []) {
      const problem = linkProblem(href, page.path, facts, known);
      if (problem) problems.push({ file: page.file, field: `line ${line} › link`, found: JSON.stringify(href), allowed: problem });
    }
  }
  return problems;
}

const origin = 'http://site.invalid';

/** Why `href` on the page at `from` does not resolve, or nothing when it does (or leaves the site). */
function linkProblem(href: string, from: string, facts: ReadonlyMap<string, MdxFacts>, paths: ReadonlySet<string>): string | undefined {
  if (/^(mailto|tel):/i.test(href)) return undefined;
  const url = new URL(href, new URL(from, origin));
  if (url.origin !== origin) return undefined;
  const path = decodeURIComponent(url.pathname);
  const target = path === from && href.startsWith('#') ? from : path;
  const page = facts.get(target);
  if (!page && !paths.has(target)) {
    const slashed = facts.has(`${target}/`) || paths.has(`${target}/`);
    return slashed ? `the page with its trailing slash, ${target}/` : 'a page or file of the site (pages are /<section>/<slug>/)';
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!fragment || !page || page.ids.has(fragment)) return undefined;
  const ids = [...page.ids];
  return `a heading id of ${target}: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''}`;
}
