import { expect, type Locator, type Page, test } from '@playwright/test';
import { content } from './site.ts';

const single = content.questions.find((q) => q.data.type === 'single')!.data;
const multiple = content.questions.find((q) => q.data.type === 'multiple')!.data;

function question(page: Page, id: string): Locator {
  return page.locator(`form[data-question="${id}"]`);
}

/** Option ids in the order shown, once sg-quiz has upgraded the question (its Check button shows). */
async function shownOrder(q: Locator): Promise<string[]> {
  await expect(q.getByRole('button', { name: 'Check' })).toBeVisible();
  return q.locator('.sg-option').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.option ?? ''));
}

/** Focus the first option of a question with the keyboard, by tabbing from the fieldset's stem. */
async function focusFirstOption(page: Page, id: string) {
  await question(page, id).locator('input').first().focus();
}

test('a single-answer question: wrong, then right, by keyboard only', async ({ page }) => {
  await page.goto(`/${single.page}/`);
  const q = question(page, single.id);
  const shown = await shownOrder(q);
  const wrongIndex = shown.indexOf(single.options.find((o) => !o.correct)!.id);
  const rightIndex = shown.indexOf(single.options.find((o) => o.correct)!.id);
  const check = q.getByRole('button', { name: 'Check' });
  await expect(check).toBeDisabled();

  await focusFirstOption(page, single.id);
  // Radios: arrow keys move and select; start from the first option.
  await page.keyboard.press('Space');
  for (let i = 0; i < wrongIndex; i++) await page.keyboard.press('ArrowDown');
  await expect(q.locator('input').nth(wrongIndex)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(check).toBeFocused();
  await page.keyboard.press('Enter');

  const retry = q.getByRole('button', { name: 'Try again' });
  await expect(retry).toBeFocused();
  await expect(q.locator('.sg-question-result')).toContainText('Incorrect');
  await expect(page.locator('[data-announcer]').first()).toContainText('Incorrect');
  const wrongOption = q.locator('.sg-option').nth(wrongIndex);
  await expect(wrongOption).toContainText('✗ Incorrect, your choice');
  await expect(q.locator('.sg-option').nth(rightIndex)).toContainText('Correct answer, not chosen');
  const key = q.locator('details.sg-key');
  await expect(key).toHaveAttribute('open', '');
  for (const option of single.options) {
    await expect(key.locator(`[data-explains="${option.id}"]`)).toBeVisible();
  }
  await expect(key.getByRole('link').first()).toHaveAttribute('href', new RegExp(`^/${single.page}/`));

  await page.keyboard.press('Enter');
  await expect(q.locator('input').first()).toBeFocused();
  await expect(q.locator('input:checked')).toHaveCount(0);
  await page.keyboard.press('Space');
  for (let i = 0; i < rightIndex; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(q.locator('.sg-question-result')).toContainText('Correct.');
  await expect(q.locator('.sg-option').nth(rightIndex)).toContainText('✓ Correct, your choice');
  await expect(page.locator('sg-quiz').first().locator('.sg-quiz-score')).toContainText('You have answered 1 of');
});

test('a "Select TWO/THREE" question keeps Check disabled until that many are chosen', async ({ page }) => {
  await page.goto(`/${multiple.page}/`);
  const q = question(page, multiple.id);
  const select = multiple.select!;
  await expect(q.locator('legend')).toContainText(`(Select ${['', 'ONE', 'TWO', 'THREE'][select]}.)`);
  const check = q.getByRole('button', { name: 'Check' });
  const boxes = q.getByRole('checkbox');
  for (let i = 0; i < select; i++) {
    await expect(check).toBeDisabled();
    await boxes.nth(i).check();
  }
  await expect(check).toBeEnabled();
  await boxes.nth(select).check();
  await expect(check).toBeDisabled();
  await boxes.nth(select).uncheck();
  await check.click();
  await expect(q.locator('.sg-question-result')).toContainText(/Correct|Incorrect/);
});

test('answers survive a reload', async ({ page }) => {
  await page.goto(`/${single.page}/`);
  const q = question(page, single.id);
  const right = single.options.find((o) => o.correct)!.id;
  await q.locator(`input[value="${right}"]`).check();
  await q.getByRole('button', { name: 'Check' }).click();
  await page.reload();
  const again = question(page, single.id);
  await expect(again.locator(`input[value="${right}"]`)).toBeChecked();
  await expect(again.locator('.sg-question-result')).toContainText('Correct.');
  await expect(page.locator('sg-quiz').first().locator('.sg-quiz-score')).toContainText('You have answered 1 of');
});

test("options appear in the learner's own order, lettered as shown, the same after a reload", async ({ page }) => {
  await page.goto(`/${single.page}/`);
  const forms = page.locator('sg-quiz form.sg-question');
  await expect(forms.first().getByRole('button', { name: 'Check' })).toBeVisible();
  const ids = await forms.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.question ?? ''));
  const orders = async () => Promise.all(ids.map((id) => shownOrder(question(page, id))));
  const before = await orders();
  const authored = ids.map((id) => content.questions.find((q) => q.data.id === id)!.data.options.map((o) => o.id));
  const reordered = before.filter((order, i) => order.join() !== authored[i]!.join()).length;
  // With four or more options a shuffle keeps the authored order about one time in 24.
  expect(reordered, `${reordered} of ${ids.length} questions reordered`).toBeGreaterThan(ids.length / 2);

  // Letters follow the order shown, in the options and in the answer key.
  const q = question(page, single.id);
  const shown = before[ids.indexOf(single.id)]!;
  const right = single.options.find((o) => o.correct)!.id;
  const letter = String.fromCharCode(65 + shown.indexOf(right));
  await expect(q.locator('.sg-option').first().locator('.sg-option-letter')).toHaveText('A.');
  await expect(q.locator(`.sg-option[data-option="${right}"] .sg-option-letter`)).toHaveText(`${letter}.`);
  await q.locator('details.sg-key summary').click();
  await expect(q.locator('.sg-key-answer')).toContainText(`Correct answer: ${letter}`);
  await expect(q.locator(`[data-explains="${right}"]`)).toContainText(`${letter}: correct.`);
  expect(await q.locator('[data-explains]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.explains))).toEqual(shown);

  await page.reload();
  expect(await orders()).toEqual(before);
});

test('corrupt saved progress is reported, kept aside, and the quiz still works', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('sg-progress', '{"version":1,"answers":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(`/${single.page}/`);
  const notice = page.locator('[data-save-status]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('could not be read');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sg-progress:set-aside:')));
  expect(kept).toHaveLength(1);
  const q = question(page, single.id);
  await q.locator('input').first().check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.locator('.sg-question-result')).toContainText(/Correct|Incorrect/);
});

test('without storage the quiz works and says answers are not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto(`/${single.page}/`);
  await expect(page.getByRole('status').filter({ hasText: 'Not saved.' })).toContainText('does not let the guide use its storage');
  const q = question(page, single.id);
  await q.locator('input').first().check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.locator('.sg-question-result')).toContainText(/Correct|Incorrect/);
});

test('with JavaScript off the answer key and explanations are one click away', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/${single.page}/`);
  const q = question(page, single.id);
  await expect(q.locator('legend')).toBeVisible();
  await expect(q.getByRole('button', { name: 'Check' })).toBeHidden();
  const key = q.locator('details.sg-key');
  await key.locator('summary').click();
  const letter = String.fromCharCode(65 + single.options.findIndex((o) => o.correct));
  await expect(key).toContainText(`Correct answer: ${letter}`);
  for (const option of single.options) await expect(key.locator(`[data-explains="${option.id}"]`)).toBeVisible();
  await context.close();
});

test('every question of the bank is rendered on its page', async ({ request }) => {
  const byPage = new Map<string, string[]>();
  for (const q of content.questions) byPage.set(q.data.page, [...(byPage.get(q.data.page) ?? []), q.data.id]);
  for (const [pageId, ids] of byPage) {
    const html = await (await request.get(`/${pageId}/`)).text();
    for (const id of ids) expect(html, `${id} on /${pageId}/`).toContain(`data-question="${id}"`);
  }
});
