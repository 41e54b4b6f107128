/**
 * The byte budgets of the built site, gzipped (woff2 fonts as sent), in one place: the browser test
 * `e2e/budgets.spec.ts` holds the pages to them in `npm test`, and `npm run bench` reports against
 * them. Bytes are deterministic, so a budget never depends on how busy the machine is.
 */
const KiB = 1024;

export const BUDGETS = {
  /** Script a plain guide page runs before any interaction: the chrome's loader (its elements load on the first interaction). */
  siteJs: 3 * KiB,
  /** Script of an inline quiz, on top of the chrome. */
  quizJs: 6 * KiB,
  /** Everything the practice exam page runs. */
  examPageJs: 25 * KiB,
  /** Stylesheets of one page. */
  css: 20 * KiB,
  /** Everything a first visit of one page loads. */
  total: 80 * KiB,
} as const;

/** What one page's first visit may load, by kind of file (`other` is the favicon and images). */
export interface PageBudget {
  html: number;
  css: number;
  js: number;
  font: number;
  total: number;
}

/**
 * First-visit budgets of the pages issue 19 measures: the home page (no widget, no formula), the
 * heaviest formula page and the heaviest table page. Each is what the page loads today with a little
 * room, so a change that adds weight fails a test and says where; raise one only on purpose.
 * The totals are the targets: metrics page ≤ 70 KiB (goal 60), glossary ≤ 40 KiB, home ≤ 12 KiB.
 * The page chrome's elements and every widget's code load on interaction or as they come near, so a
 * first visit loads only the chrome's loader and each widget's few-hundred-byte loader. The exam
 * switch and the ordering/matching rows of the quiz added 0.2 KiB of CSS (issue 20).
 */
export const PAGE_BUDGETS: Record<string, PageBudget> = {
  '/': { html: 5.5 * KiB, css: 5.25 * KiB, js: 2 * KiB, font: 0, total: 12 * KiB },
  '/modeling/evaluation-metrics/': { html: 44 * KiB, css: 9.5 * KiB, js: 4 * KiB, font: 11.5 * KiB, total: 70 * KiB },
  '/reference/glossary/': { html: 23 * KiB, css: 9.5 * KiB, js: 2 * KiB, font: 5 * KiB, total: 40 * KiB },
};
