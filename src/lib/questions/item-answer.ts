/**
 * Answers to ordering and matching questions as data. An answer is a list of pairs written as
 * `item=value` tokens: `a=2` (step a in position 2) for ordering, `a=c` (prompt a matched to
 * response c) for matching. Saved answers, exam attempts and scoring keep using `string[]`, so a
 * token list is scored by `scoreQuestion` exactly as a set of option ids: right only when every pair
 * is right (all or nothing, as AWS scores these types). Pure.
 */
import { hash } from './option-order.ts';
import type { SelectionState } from './selection-state.ts';

export type QuestionType = 'single' | 'multiple' | 'ordering' | 'matching';

/** True for the types answered with a `<select>` per item instead of options. */
export const isItemType = (type: string): type is 'ordering' | 'matching' => type === 'ordering' || type === 'matching';

export const answerToken = (item: string, value: string): string => `${item}=${value}`;

/** The item and value of a token; undefined for anything else (an option id such as `b`). */
export function parseToken(token: string): { item: string; value: string } | undefined {
  const match = /^([a-z])=([a-z]|[1-9])$/.exec(token);
  return match ? { item: match[1]!, value: match[2]! } : undefined;
}

/** How many steps (ordering) or prompts (matching) a question has: the selects its answer needs. */
export const itemCount = (q: { type: string; steps?: readonly unknown[]; prompts?: readonly unknown[] }): number =>
  (q.type === 'ordering' ? q.steps : q.prompts)?.length ?? 0;

/** What a question needs for its key: the fields of its type. */
export interface Keyed {
  type: string;
  options: readonly { id: string; correct: boolean }[];
  steps?: readonly { id: string }[];
  prompts?: readonly { id: string; answer: string }[];
}

/** The right answer: correct option ids, or the right `item=value` token per step or prompt. */
export function correctAnswer(q: Keyed): string[] {
  if (q.type === 'ordering') return (q.steps ?? []).map((s, i) => answerToken(s.id, String(i + 1)));
  if (q.type === 'matching') return (q.prompts ?? []).map((p) => answerToken(p.id, p.answer));
  return q.options.filter((o) => o.correct).map((o) => o.id);
}

/** The value given to each item, by item id (the last token wins when a record holds two). */
export function answerMap(chosen: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const token of chosen) {
    const pair = parseToken(token);
    if (pair) map.set(pair.item, pair.value);
  }
  return map;
}

/** `1st`, `2nd`, `3rd`, `4th`, `5th`. */
export function positionLabel(position: number): string {
  return `${position}${['th', 'st', 'nd', 'rd'][position] ?? 'th'}`;
}

/**
 * Whether an ordering or matching answer can be checked: every item needs a value, and in an
 * ordering no position may be given twice. `count` says how far the learner is ("3 of 4 placed").
 */
export function itemState(type: 'ordering' | 'matching', items: number, chosen: readonly string[]): SelectionState {
  const given = answerMap(chosen);
  const verb = type === 'ordering' ? 'placed' : 'matched';
  const count = `${given.size} of ${items} ${verb}`;
  if (given.size < items) {
    const left = items - given.size;
    const what = type === 'ordering' ? `step${left === 1 ? '' : 's'} a position` : `prompt${left === 1 ? '' : 's'} a response`;
    return { ready: false, count, reason: `Give ${left} more ${what} to check your answer.` };
  }
  if (type === 'ordering') {
    const uses = new Map<string, number>();
    for (const value of given.values()) uses.set(value, (uses.get(value) ?? 0) + 1);
    const twice = [...uses].filter(([, n]) => n > 1).map(([value]) => positionLabel(Number(value)));
    if (twice.length > 0) {
      return {
        ready: false,
        count,
        reason: `Each position takes one step: ${twice.join(' and ')} ${twice.length === 1 ? 'is' : 'are'} given more than once.`,
      };
    }
  }
  return { ready: true, count, reason: '' };
}

/** One item after checking: the value given (empty when none), the right one, and whether they agree. */
export interface ItemResult {
  item: string;
  given: string;
  right: string;
  correct: boolean;
}

/** Per-item results, in the order of `correct` (the authored order of steps or prompts). */
export function itemResults(correct: readonly string[], chosen: readonly string[]): ItemResult[] {
  const given = answerMap(chosen);
  return [...answerMap(correct)].map(([item, right]) => {
    const value = given.get(item) ?? '';
    return { item, given: value, right, correct: value === right };
  });
}

/**
 * The order in which a question's steps (or a matching question's responses) are listed: the same
 * for every learner, with or without JavaScript, and never the authored order, which for steps is
 * the answer. Deterministic: sorted by a hash of question and item id, rotated by one if that
 * happens to leave the authored order.
 */
export function scrambledOrder(questionId: string, ids: readonly string[]): string[] {
  const order = [...ids].sort((a, b) => hash(`${questionId}:${a}`) - hash(`${questionId}:${b}`));
  const same = order.every((id, i) => id === ids[i]);
  return same && order.length > 1 ? [...order.slice(1), order[0]!] : order;
}

/**
 * The words that mark one step or prompt once checked (never colour alone). `label` names a value
 * as the learner sees it: `3rd` for a position, `C` for a response.
 */
export function itemMark(
  type: 'ordering' | 'matching',
  result: ItemResult,
  label: (value: string) => string,
): { mark: 'hit' | 'wrong'; text: string } {
  if (result.correct) return { mark: 'hit', text: type === 'ordering' ? '✓ Right position' : '✓ Right match' };
  const right = label(result.right);
  if (type === 'ordering') {
    return { mark: 'wrong', text: `✗ ${result.given ? `You put it ${label(result.given)}` : 'Not placed'}; it goes ${right}` };
  }
  return { mark: 'wrong', text: `✗ ${result.given ? `You chose ${label(result.given)}` : 'Not matched'}; the match is ${right}` };
}

/** The result of a checked ordering or matching question in words: all or nothing, and the right answer. */
export function itemResultText(type: 'ordering' | 'matching', correct: boolean, wrong: number, key: string): string {
  if (correct) return 'Correct.';
  const what =
    type === 'ordering'
      ? `${wrong} step${wrong === 1 ? ' is' : 's are'} in the wrong place`
      : `${wrong} match${wrong === 1 ? ' is' : 'es are'} wrong`;
  return `Incorrect: ${what}, and every one must be right to score. The correct ${type === 'ordering' ? 'order' : 'matches'}: ${key}.`;
}
