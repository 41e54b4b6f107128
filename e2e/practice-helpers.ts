/**
 * Helpers shared by the practice specs: the bank from content/, and answering exam questions.
 * The practice screens' results, counts and stats are found by their data attributes: their text is
 * the value under test, so it cannot also be the way to find them.
 */
import type { Locator, Page } from '@playwright/test';
import { choose, expect, optionNames } from './fixtures.ts';
import { content, mlsQuestions } from './site.ts';

export const bank = new Map(mlsQuestions.map((q) => [q.data.id, q.data]));

/** Every question of content/, the MLA-C01-only ones included (the MLA-C01 exam draws from these). */
export const allQuestions = new Map(content.questions.map((q) => [q.data.id, q.data]));

export type Intent = 'right' | 'wrong' | 'skip';

/** The options an answer with this intent chooses: the correct set, or a set that is wrong. */
export function optionsFor(id: string, intent: Intent): string[] {
  const q = allQuestions.get(id)!;
  const correct = q.options.filter((o) => o.correct).map((o) => o.id);
  if (intent === 'skip') return [];
  if (intent === 'right') return correct;
  const wrong = q.options.filter((o) => !o.correct).map((o) => o.id);
  return [...correct.slice(1), wrong[0]!];
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

/** Choose options (ids) of the exam question on screen with the keyboard: focus each and press Space. */
export async function answerByKeyboard(page: Page, options: readonly string[]): Promise<void> {
  await choose(answerGroup(page), await optionNames(await currentQuestion(page), options), { keyboard: true });
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
