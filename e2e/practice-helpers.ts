/**
 * Helpers shared by the practice specs: the bank from content/, and answering exam questions.
 * The practice screens' results, counts and stats are found by their data attributes: their text is
 * the value under test, so it cannot also be the way to find them.
 */
import type { Locator, Page } from '@playwright/test';
import { correctAnswer, isItemType } from '../src/lib/questions/item-answer.ts';
import { choose, chooseItems, expect, option, optionNames } from './fixtures.ts';
import { content, mlsQuestions } from './site.ts';

export const bank = new Map(mlsQuestions.map((q) => [q.data.id, q.data]));

/** Every question of content/, the MLA-C01-only ones included (the MLA-C01 exam draws from these). */
export const allQuestions = new Map(content.questions.map((q) => [q.data.id, q.data]));

export type Intent = 'right' | 'wrong' | 'skip';

/**
 * The answer with this intent: the correct set, or a set that is wrong. For an ordering or matching
 * question, `item=value` tokens (item-answer.ts); the wrong one swaps the first two items' values.
 */
export function optionsFor(id: string, intent: Intent): string[] {
  const q = allQuestions.get(id)!;
  const correct = correctAnswer(q);
  if (intent === 'skip') return [];
  if (intent === 'right') return correct;
  if (isItemType(q.type)) return wrongItems(correct);
  const wrong = q.options.filter((o) => !o.correct).map((o) => o.id);
  return [...correct.slice(1), wrong[0]!];
}

/** A wrong item answer: the first two items' values swapped, or, when they are equal, the first one changed. */
export function wrongItems(correct: readonly string[]): string[] {
  const pairs = correct.map((t) => t.split('=') as [string, string]);
  const [first, second] = pairs;
  if (!first || !second) throw new Error('wrongItems: fewer than two items');
  const values = [...new Set(pairs.map(([, v]) => v))];
  const swapped: [string, string][] =
    first[1] === second[1]
      ? [[first[0], values.find((v) => v !== first[1])!], ...pairs.slice(1)]
      : [[first[0], second[1]], [second[0], first[1]], ...pairs.slice(2)];
  return swapped.map(([item, value]) => `${item}=${value}`);
}

/** Expect the answer `given` (option ids or item tokens) of question `id` to be shown as chosen in `scope`. */
export async function expectChosen(scope: Locator, id: string, given: readonly string[]): Promise<void> {
  if (isItemType(allQuestions.get(id)!.type)) {
    for (const token of given) await expect(scope.locator(`select[data-item-select="${token.split('=')[0]}"]`)).toHaveValue(token);
    return;
  }
  for (const name of await optionNames(id, given)) await expect(option(scope, name)).toBeChecked();
}

/** The id of the question on screen: not shown to the reader, carried by the form. */
export async function currentQuestion(page: Page): Promise<string> {
  const id = await page.locator('[data-question-form]').getAttribute('data-question-id');
  expect(id).toBeTruthy();
  return id!;
}

/** The heading of the exam question on screen ("Question 3 of 65"). */
export function questionHeading(page: Page): Locator {
  return page.getByRole('heading', { name: /^Question \d+ of \d+$/ });
}

/** The options of the exam or review question on screen: the group named by its legend "Your answer…". */
export function answerGroup(page: Page): Locator {
  return page.getByRole('group', { name: /^Your answer/ });
}

/**
 * Answer the exam or review question on screen with the keyboard: focus each option and press Space,
 * or, for an ordering or matching question, move each item's select to its value (`item=value`).
 */
export async function answerByKeyboard(page: Page, options: readonly string[]): Promise<void> {
  const id = await currentQuestion(page);
  if (isItemType(allQuestions.get(id)!.type)) return chooseItems(answerGroup(page), id, options);
  await choose(answerGroup(page), await optionNames(id, options), { keyboard: true });
}

export async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).focus();
  await page.keyboard.press('Enter');
}

/** Start an exam from the start screen with the given length in minutes. */
export async function startExam(page: Page, minutes?: number): Promise<void> {
  await expect(page.getByRole('button', { name: 'Start the exam' })).toBeVisible();
  if (minutes !== undefined) await page.getByLabel('Exam length in minutes').fill(String(minutes));
  await pressButton(page, 'Start the exam');
  await expect(questionHeading(page)).toHaveText(/^Question 1 of \d+$/);
}
