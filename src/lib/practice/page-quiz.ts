/**
 * A guide page's own quiz shows at most PAGE_QUIZ_SIZE of its questions, so a page stays light and
 * ends with a set a learner finishes; a page with more has a page drill (`/practice/drills/page-…/`)
 * with all of them, ten at a time, unanswered first. Pure.
 */
export const PAGE_QUIZ_SIZE = 10;

/** The questions a page's quiz shows inline and how many more its drill adds, in the given order. */
export function splitPageQuiz<T>(questions: readonly T[]): { inline: T[]; more: number } {
  return { inline: questions.slice(0, PAGE_QUIZ_SIZE), more: Math.max(0, questions.length - PAGE_QUIZ_SIZE) };
}

/** True when a page with `count` questions has a page drill. */
export const hasPageDrill = (count: number): boolean => count > PAGE_QUIZ_SIZE;
