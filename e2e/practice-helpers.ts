/** Helpers shared by the practice specs: the bank from content/, and answering exam questions. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { content } from './site.ts';

export const bank = new Map(content.questions.map((q) => [q.data.id, q.data]));

export type Intent = 'right' | 'wrong' | 'skip';

/** The options an answer with this intent chooses: the correct set, or a set that is wrong. */
export function optionsFor(id: string, intent: Intent): string[] {
  const q = bank.get(id)!;
  const correct = q.options.filter((o) => o.correct).map((o) => o.id);
  if (intent === 'skip') return [];
  if (intent === 'right') return correct;
  const wrong = q.options.filter((o) => !o.correct).map((o) => o.id);
  return [...correct.slice(1), wrong[0]!];
}

/** The id of the question on screen. */
export async function currentQuestion(page: Page): Promise<string> {
  const id = await page.locator('[data-question-form]').getAttribute('data-question-id');
  expect(id).toBeTruthy();
  return id!;
}

/** Choose options of the question on screen with the keyboard: focus each input and press Space. */
export async function answerByKeyboard(page: Page, options: readonly string[]): Promise<void> {
  for (const option of options) {
    const input = page.locator(`[data-q-options] input[value="${option}"]`);
    await input.focus();
    await page.keyboard.press('Space');
    await expect(input).toBeChecked();
  }
}

export async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).focus();
  await page.keyboard.press('Enter');
}

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const found = results.violations.map(
    (v) =>
      `${label}: ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')})`,
  );
  expect(found).toEqual([]);
}

/** Start an exam from the start screen with the given length in minutes. */
export async function startExam(page: Page, minutes?: number): Promise<void> {
  await expect(page.getByRole('button', { name: 'Start the exam' })).toBeVisible();
  if (minutes !== undefined) await page.getByLabel('Exam length in minutes').fill(String(minutes));
  await pressButton(page, 'Start the exam');
  await expect(page.locator('[data-q-heading]')).toHaveText(/^Question 1 of \d+$/);
}
