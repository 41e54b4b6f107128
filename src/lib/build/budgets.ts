/**
 * The byte budgets of the built site, gzipped, in one place: `npm test` holds the pages to them
 * (e2e specs over dist/) and `npm run bench` reports against them. Bytes are deterministic, so a
 * budget never depends on how busy the machine is.
 */
export const BUDGETS = {
  /** Script a plain guide page runs before any interaction (page chrome only). */
  siteJs: 5 * 1024,
  /** Script of an inline quiz, on top of the chrome. */
  quizJs: 6 * 1024,
  /** Everything the practice exam page runs. */
  examPageJs: 25 * 1024,
  /** Stylesheets of one page. */
  css: 20 * 1024,
  /** Everything a first visit of one page loads. */
  total: 80 * 1024,
} as const;
