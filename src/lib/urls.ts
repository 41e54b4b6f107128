/**
 * Every URL and element id the site builds from content ids, in one place. A page, a drill, a
 * question's anchor or a task statement's heading is linked from many files; each of them asks
 * this module, so a scheme can change in one line. Pure.
 */

/** A guide page by its id (its path under content/pages): `/data-engineering/streaming-ingestion/`. */
export const pageHref = (pageId: string): string => `/${pageId}/`;

/** A heading of a guide page, or the page itself when `section` is absent. */
export const sectionHref = (pageId: string, section?: string): string => `${pageHref(pageId)}${section ? `#${section}` : ''}`;

/** The id of a task statement's heading and table row: `1.2` → `task-1-2`. */
export const taskAnchor = (task: string): string => `task-${task.replace('.', '-')}`;

/** The id of a bullet's table row on the exam guide map: `1.2.b` → `bullet-1-2-b`. */
export const bulletAnchor = (bullet: string): string => `bullet-${bullet.replaceAll('.', '-')}`;

/** The id of an MLA-C01 task statement's or item's row: `mla:2.3` → `mla-2-3`, `mla:2.3.k4` → `mla-2-3-k4`. */
export const mlaAnchor = (id: string): string => id.replace(':', '-').replaceAll('.', '-');

/** The exam guide map, or one of its rows: `examGuideMapHref(taskAnchor('1.2'))`. */
export const examGuideMapHref = (anchor?: string): string => sectionHref('reference/exam-guide-map', anchor);

/** The drill of a task statement, by its URL segment: `task-1-2`. */
export const taskDrillSlug = (task: string): string => taskAnchor(task);

/** The drill of an MLA-C01 task statement, by its URL segment: `mla:1.1` → `mla-1-1`. */
export const mlaTaskDrillSlug = (task: string): string => mlaAnchor(task);

/** The drill of a domain, by its URL segment: `domain-1`. */
export const domainDrillSlug = (domain: string | number): string => `domain-${domain}`;

/** The drill of a guide page with more questions than its quiz shows: `page-modeling-evaluation-metrics`. */
export const pageDrillSlug = (pageId: string): string => `page-${pageId.replaceAll('/', '-')}`;

/** A drill page by its URL segment. */
export const drillHref = (slug: string): string => `/practice/drills/${slug}/`;

/** The drill page of a task statement: `/practice/drills/task-1-2/`. */
export const taskDrillHref = (task: string): string => drillHref(taskDrillSlug(task));

/**
 * The exam switch's link: the page being shown, opened in `exam` (`?exam=mla`); /theme.js applies and
 * saves it before first paint (src/lib/exam/exam-choice.ts). Relative, so it works on every page.
 */
export const examChoiceHref = (exam: 'mls' | 'mla'): string => `?exam=${exam}`;

/** The drill page of an MLA-C01 task statement: `/practice/drills/mla-1-1/`. */
export const mlaTaskDrillHref = (task: string): string => drillHref(mlaTaskDrillSlug(task));

/** The element id of a question's form in an inline quiz or drill. */
export const questionAnchor = (questionId: string): string => `q-${questionId}`;

/** The anchor of a decision tree on its page. */
export const treeAnchor = (treeId: string): string => `tree-${treeId}`;

/** The id of the page's top (the body), which "Back to top" links to. */
export const TOP_ID = 'top';

/** The practice exam's question heading, which the submit dialog's question links point to. */
export const EXAM_QUESTION_ID = 'exam-question';

/** The practice pages. */
export const PRACTICE = {
  home: '/practice/',
  exam: '/practice/exam/',
  /** The MLA-C01 practice exam (the MLS-C01 one keeps `/practice/exam/`). */
  mlaExam: '/practice/mla-exam/',
  drills: '/practice/drills/',
  review: '/practice/review/',
  progress: '/practice/progress/',
} as const;

/** The open data files the build publishes. */
export const DATA = {
  questions: '/data/questions.json',
  outline: '/data/outline.json',
  mlaOutline: '/data/mla-outline.json',
  trees: '/data/trees.json',
  examBank: '/data/exam-bank.json',
  anki: '/data/anki.txt',
} as const;

/** The short label of an AWS documentation link: its last path segment without `.html`. */
export const referenceLabel = (url: string): string =>
  new URL(url).pathname
    .split('/')
    .filter(Boolean)
    .pop()
    ?.replace(/\.html$/, '') ?? url;

/** A figure's element id (`<Figure id>`); its SVG's title and description ids extend it. */
export const figureAnchor = (figureId: string): string => `fig-${figureId}`;
