/**
 * The learner's option-order seed (option-order.ts), kept in this browser under `sg-order-seed` so
 * inline quizzes, drills and spaced review show each question's options in the same order after a
 * reload. Where storage is blocked the seed lives for the page only: the order then changes on reload,
 * and nothing else is affected (answers are saved by option id).
 */
import { newSeed } from '../lib/questions/option-order.ts';

export const ORDER_SEED_KEY = 'sg-order-seed';

let pageSeed: number | undefined;

export function learnerSeed(): number {
  if (pageSeed !== undefined) return pageSeed;
  try {
    const stored = Number(localStorage.getItem(ORDER_SEED_KEY));
    if (Number.isInteger(stored) && stored > 0 && stored < 2 ** 32) return (pageSeed = stored);
    pageSeed = newSeed() || 1;
    localStorage.setItem(ORDER_SEED_KEY, String(pageSeed));
  } catch {
    pageSeed ??= newSeed() || 1;
  }
  return pageSeed;
}
