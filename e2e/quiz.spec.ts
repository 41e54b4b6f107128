import type { Locator, Page } from '@playwright/test';
import { announcer, answer, expect, option, optionNames, questionForm, reach, test } from './fixtures.ts';
import { content } from './site.ts';

const single = content.questions.find((q) => q.data.type === 'single')!.data;
const multiple = content.questions.find((q) => q.data.type === 'multiple')!.data;

const question = questionForm;

/**
 * Option ids in the order shown, once sg-quiz has upgraded the question (its Check button shows).
 * Ids are not shown to the reader; each option row carries its own as `data-option`.
 */
async function shownOrder(q: Locator): Promise<string[]> {
  await reach(q);
  await expect(q.getByRole('button', { name: 'Check' })).toBeVisible();
  return q.locator('.sg-option').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.option ?? ''));
}

/** The answer key: a disclosure (details, a group to Playwright, but unnamed) that opens with its summary. */
const answerKey = (q: Locator) => q.getByRole('group').filter({ hasText: /^Answer and explanations/ });

/** The line that states the result: a paragraph that takes focus, with no role of its own. */
const result = (q: Locator) => q.locator('.sg-question-result');

/** The running score of the page's first quiz ("You have answered 1 of …"). */
const score = (page: Page) =>
  page
    .locator('sg-quiz')
    .first()
    .getByText(/^You have answered/);

/** The option row (list item) that holds the option with this accessible name, with its mark. */
const optionRow = (q: Locator, name: string) => q.getByRole('listitem').filter({ has: option(q.page(), name) });

test.describe('inline quiz: answering', () => {
  test('a single-answer question: wrong, then right, by keyboard only', async ({ page }) => {
    await page.goto(`/${single.page}/`);
    const q = question(page, single.id);
    const shown = await shownOrder(q);
    const wrongId = single.options.find((o) => !o.correct)!.id;
    const rightId = single.options.find((o) => o.correct)!.id;
    const wrongIndex = shown.indexOf(wrongId);
    const rightIndex = shown.indexOf(rightId);
    const [wrongName, rightName] = await optionNames(single.id, [wrongId, rightId]);
    const radios = q.getByRole('radio');
    const check = q.getByRole('button', { name: 'Check' });
    await expect(check).toHaveAttribute('aria-disabled', 'true');
    await expect(check).toHaveAccessibleDescription('Choose an answer to check it.');

    await radios.first().focus();
    // Radios: arrow keys move and select; start from the first option.
    await page.keyboard.press('Space');
    for (let i = 0; i < wrongIndex; i++) await page.keyboard.press('ArrowDown');
    await expect(radios.nth(wrongIndex)).toBeChecked();
    await expect(option(q, wrongName!)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(check).toBeFocused();
    await page.keyboard.press('Enter');

    const retry = q.getByRole('button', { name: 'Try again' });
    await expect(retry).toBeFocused();
    await expect(result(q)).toContainText('Incorrect');
    await expect(announcer(page)).toContainText('Incorrect');
    await expect(optionRow(q, wrongName!)).toContainText('✗ Incorrect, your choice');
    await expect(optionRow(q, rightName!)).toContainText('Correct answer, not chosen');
    const key = answerKey(q);
    await expect(key).toHaveAttribute('open', '');
    // Explanations are keyed by option id: their letters follow the shuffled order.
    for (const o of single.options) {
      await expect(key.locator(`[data-explains="${o.id}"]`)).toBeVisible();
    }
    await expect(key.getByRole('link').first()).toHaveAttribute('href', new RegExp(`^/${single.page}/`));

    await page.keyboard.press('Enter');
    await expect(radios.first()).toBeFocused();
    await expect(q.getByRole('radio', { checked: true })).toHaveCount(0);
    await page.keyboard.press('Space');
    for (let i = 0; i < rightIndex; i++) await page.keyboard.press('ArrowDown');
    await expect(option(q, rightName!)).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(result(q)).toContainText('Correct.');
    await expect(optionRow(q, rightName!)).toContainText('✓ Correct, your choice');
    await expect(score(page)).toContainText('You have answered 1 of');
  });

  test('a "Select TWO/THREE" question counts the choices and keeps Check focusable, saying why it cannot be pressed', async ({ page }) => {
    await page.goto(`/${multiple.page}/`);
    const q = await reach(question(page, multiple.id));
    const select = multiple.select!;
    await expect(q.getByRole('group', { name: /^Question \d+/ })).toHaveAccessibleName(
      new RegExp(`\\(Select ${['', 'ONE', 'TWO', 'THREE'][select]}\\.\\)`),
    );
    const check = q.getByRole('button', { name: 'Check' });
    const boxes = q.getByRole('checkbox');
    for (let i = 0; i < select; i++) {
      await expect(check).toHaveAttribute('aria-disabled', 'true');
      await expect(check).toHaveAccessibleDescription(new RegExp(`^${i} of ${select} chosen\\. Choose \\d+ more`));
      await boxes.nth(i).check();
    }
    await expect(check).toHaveAttribute('aria-disabled', 'false');
    await expect(check).toHaveAccessibleDescription(`${select} of ${select} chosen.`);

    // One too many: Check stays in the tab order, and pressing it explains instead of grading.
    await boxes.nth(select).check();
    await expect(check).toHaveAttribute('aria-disabled', 'true');
    await expect(check).toHaveAccessibleDescription(
      `${select + 1} of ${select} chosen. This question takes exactly ${select}: clear 1 option to check your answer.`,
    );
    await expect(announcer(page)).toHaveText(new RegExp(`^${select + 1} of ${select} chosen\\.`));
    await boxes.last().focus();
    await page.keyboard.press('Tab');
    await expect(check).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(announcer(page)).toHaveText(`This question takes exactly ${select}: clear 1 option to check your answer.`);
    await expect(result(q)).toBeEmpty();

    await boxes.nth(select).uncheck();
    await check.click();
    await expect(result(q)).toContainText(/Correct|Incorrect/);
  });
});

test.describe('inline quiz: saved answers', () => {
  test('answers survive a reload', async ({ page }) => {
    await page.goto(`/${single.page}/`);
    const q = question(page, single.id);
    const [right] = await optionNames(single.id, [single.options.find((o) => o.correct)!.id]);
    await answer(q, [right!]);
    await expect(result(q)).toContainText('Correct.');
    await page.reload();
    const again = question(page, single.id);
    await expect(option(again, right!)).toBeChecked();
    await expect(result(again)).toContainText('Correct.');
    await expect(score(page)).toContainText('You have answered 1 of');
  });
});

test.describe('inline quiz: option order', () => {
  test("options appear in the learner's own order, lettered as shown, the same after a reload", async ({ page }) => {
    await page.goto(`/${single.page}/`);
    const forms = await reach(page.locator('sg-quiz form.sg-question'));
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
    // The letters are aria-hidden (each option is named by its text alone), so found by their class.
    await expect(q.locator('.sg-option').first().locator('.sg-option-letter')).toHaveText('A.');
    const [rightName] = await optionNames(single.id, [right]);
    await expect(optionRow(q, rightName!).locator('.sg-option-letter')).toHaveText(`${letter}.`);
    await answerKey(q).getByText('Answer and explanations').click();
    await expect(answerKey(q).getByText(/^Correct answer: /)).toContainText(`Correct answer: ${letter}`);
    await expect(q.locator(`[data-explains="${right}"]`)).toContainText(`${letter}: correct.`);
    expect(await q.locator('[data-explains]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.explains))).toEqual(shown);

    await page.reload();
    expect(await orders()).toEqual(before);
  });
});

test.describe('inline quiz: storage that fails', () => {
  test('corrupt saved progress is reported, kept aside, and the quiz still works', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('sg-progress', '{"version":1,"answers":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(`/${single.page}/`);
    // The store opens when the quiz loads, as the learner comes near it.
    await reach(question(page, single.id));
    // The page-level save status (a live region the store fills), the one place storage problems are said.
    const notice = page.locator('[data-save-status]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('could not be read');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sg-progress:set-aside:')));
    expect(kept).toHaveLength(1);
    const q = question(page, single.id);
    await answer(q, await optionNames(single.id, [single.options[0]!.id]));
    await expect(result(q)).toContainText(/Correct|Incorrect/);
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
    await reach(question(page, single.id));
    await expect(page.getByRole('status').filter({ hasText: 'Not saved.' })).toContainText('does not let the guide use its storage');
    const q = question(page, single.id);
    await answer(q, await optionNames(single.id, [single.options[0]!.id]));
    await expect(result(q)).toContainText(/Correct|Incorrect/);
  });
});

test.describe('inline quiz: without JavaScript, and in the HTML', () => {
  test('with JavaScript off the answer key and explanations are one click away', async ({ newContext }) => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${single.page}/`);
    const q = question(page, single.id);
    await expect(q.getByRole('group', { name: /^Question \d+/ })).toBeVisible();
    await expect(q.getByRole('button', { name: 'Check' })).toBeHidden();
    const key = answerKey(q);
    await key.getByText('Answer and explanations').click();
    const letter = String.fromCharCode(65 + single.options.findIndex((o) => o.correct));
    await expect(key).toContainText(`Correct answer: ${letter}`);
    for (const o of single.options) await expect(key.locator(`[data-explains="${o.id}"]`)).toBeVisible();
  });

  test('every question of the bank is on its page, or beyond the first ten in the page drill it links', async ({ request }) => {
    const byPage = new Map<string, string[]>();
    for (const q of content.questions) byPage.set(q.data.page, [...(byPage.get(q.data.page) ?? []), q.data.id]);
    for (const [pageId, ids] of byPage) {
      const html = await (await request.get(`/${pageId}/`)).text();
      const sorted = [...ids].sort();
      for (const id of sorted.slice(0, 10)) expect(html, `${id} on /${pageId}/`).toContain(`data-question="${id}"`);
      if (ids.length <= 10) continue;
      for (const id of sorted.slice(10)) expect(html, `${id} not inline on /${pageId}/`).not.toContain(`data-question="${id}"`);
      const drill = `/practice/drills/page-${pageId.replaceAll('/', '-')}/`;
      expect(html, `/${pageId}/ links its drill`).toContain(`href="${drill}"`);
      const drillHtml = await (await request.get(drill)).text();
      for (const id of ids) expect(drillHtml, `${id} in ${drill}`).toContain(`data-question="${id}"`);
    }
  });

  test('a page with more than ten questions ends with a link to its drill, which opens with all of them', async ({ page }) => {
    const counts = new Map<string, number>();
    for (const q of content.questions) counts.set(q.data.page, (counts.get(q.data.page) ?? 0) + 1);
    const [pageId, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    await page.goto(`/${pageId}/`);
    const quiz = page.locator('sg-quiz');
    await expect(quiz.locator('form.sg-question')).toHaveCount(10);
    const link = quiz.getByRole('link', { name: `practise all ${count} in the drill for this page` });
    await expect(quiz).toContainText(`This page has ${count - 10} more question`);
    await link.click();
    await expect(page.getByText(`${count} questions.`, { exact: false }).first()).toBeVisible();
    await expect(page.locator('form.sg-question')).toHaveCount(count);
  });
});
