/**
 * The order in which a learner sees a question's options. Options are shuffled per learner (inline
 * quizzes, drills, spaced review) or per practice-exam attempt, from a stored seed, so the order is
 * the same after a reload, on resume and in the results review, and a different learner or attempt
 * sees a different one. Scoring and saved answers use option ids, never positions, so no saved
 * answer changes meaning. Without JavaScript, in the open data and in the Anki file the authored
 * order stays. Pure.
 */
import { seededRandom } from '../random.ts';

/** 32-bit FNV-1a hash of a string. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The option ids of question `questionId` in the order shown for `seed` (a Fisher–Yates shuffle
 * driven by the seed and the question id). The same inputs always give the same order.
 */
export function optionOrder(seed: number, questionId: string, optionIds: readonly string[]): string[] {
  const next = seededRandom(hash(`${seed >>> 0}:${questionId}`));
  const order = [...optionIds];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as string, order[i] as string];
  }
  return order;
}

/** A copy of `question` with its options in the order shown for `seed`; authored order when `seed` is undefined. */
export function inShownOrder<O extends { id: string }, Q extends { id: string; options: readonly O[] }>(
  question: Q,
  seed: number | undefined,
): Q {
  if (seed === undefined) return question;
  const byId = new Map(question.options.map((o) => [o.id, o]));
  const options = optionOrder(
    seed,
    question.id,
    question.options.map((o) => o.id),
  ).map((id) => byId.get(id) as O);
  return { ...question, options };
}

/** A new random seed (browser or Node `crypto`). */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
