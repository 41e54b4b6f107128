/** What the browser tests know about the built site, read from dist/ and content/ (never hard-coded). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readContent } from '../src/lib/content/read-content.ts';

export const content = readContent(process.cwd());

/** URL paths of every built HTML page, the 404 page included. */
export function builtPages(): string[] {
  const root = join(process.cwd(), 'dist');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => `/${relative(root, join(root, name)).split(sep).join('/')}`)
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}

export function builtHtml(path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(process.cwd(), 'dist', file), 'utf8');
}

type ContentQuestion = (typeof content.questions)[number];
/** The MLS-C01 bank: questions with an MLS-C01 domain (the practice exam, drills and dashboard use only these). */
export const mlsQuestions = content.questions.filter(
  (q): q is ContentQuestion & { data: ContentQuestion['data'] & { domain: number } } =>
    q.data.domain !== undefined && q.data.tasks.length > 0,
);

/**
 * What a page holds that its colours depend on: widgets, figures, tables, formulas, code, callouts,
 * disclosures, practice screens. Two pages with the same set are styled by the same rules.
 */
const COLOUR_MARKERS = [
  '<sg-quiz',
  '<sg-calculator',
  '<sg-tree',
  '<sg-data-table',
  '<sg-roc-explorer',
  '<sg-exam',
  '<sg-review',
  '<sg-progress',
  '<sg-drill',
  '<figure',
  '<table',
  'class="katex"',
  '<pre',
  'sg-callout',
  '<details',
  '<kbd',
  '<blockquote',
];

/**
 * One built page for every distinct set of COLOUR_MARKERS, the first in path order: the pages a
 * colour-only check needs to see every combination of components the site renders.
 */
export function pagesByColourKind(): string[] {
  const seen = new Set<string>();
  return builtPages().filter((path) => {
    const html = builtHtml(path);
    const kind = COLOUR_MARKERS.filter((m) => html.includes(m)).join(' ');
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}
