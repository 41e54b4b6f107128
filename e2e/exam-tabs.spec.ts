/**
 * One practice exam across two tabs of one browser (two pages of one context share storage and Web
 * Locks): the tab that runs the attempt holds it, another tab says so and can take it over, and no
 * answer or submission made in one tab is undone by the other.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { answerByKeyboard, currentQuestion, optionsFor, pressButton, startExam } from './practice-helpers.ts';

// axe injects its script into every frame, which the site's Content-Security-Policy (sent by
// scripts/serve.ts) blocks, so the files that run axe bypass the policy; csp.spec.ts proves every
// feature runs under it.
test.use({ bypassCSP: true });

interface StoredAttempt {
  id: string;
  answers: Record<string, string[]>;
  submittedAt?: string;
  score?: { correct: number; total: number };
}

/** Answers by question, each set sorted (the store keeps the options in the order shown). */
const sorted = (answers: Record<string, string[]>) => Object.fromEntries(Object.entries(answers).map(([id, c]) => [id, [...c].sort()]));

const storedExams = (page: Page): Promise<StoredAttempt[]> =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('sg-progress') ?? '{"exams":[]}') as { exams: StoredAttempt[] }).exams);

const elsewhere = (page: Page) => page.getByRole('region', { name: /in another tab/ });

async function expectChecked(page: Page, options: readonly string[]): Promise<void> {
  for (const option of options) await expect(page.locator(`[data-q-options] input[value="${option}"]`)).toBeChecked();
}

test.describe('the practice exam in two tabs', () => {
  test('a second tab says the exam is open elsewhere, takes it over with every answer, and the first stops saving', async ({
    page: a,
    context,
    axe,
  }) => {
    test.setTimeout(90_000);
    await a.goto('/practice/exam/');
    await startExam(a);
    const first = await currentQuestion(a);
    const firstAnswer = optionsFor(first, 'right');
    await answerByKeyboard(a, firstAnswer);
    await pressButton(a, 'Next');
    const second = await currentQuestion(a);
    const secondAnswer = optionsFor(second, 'wrong');
    await answerByKeyboard(a, secondAnswer);

    const b = await context.newPage();
    await b.goto('/practice/exam/');
    await expect(elsewhere(b)).toContainText('This practice exam is running in another tab of this browser.');
    await expect(b.locator('[data-announcer]')).toContainText('The exam is open in another tab.');
    await expect(b.getByRole('button', { name: 'Start the exam' })).toBeHidden();
    await expect(b.getByRole('button', { name: 'Resume the exam' })).toBeHidden();
    await axe.expectNone('open in another tab', { page: b });

    await pressButton(b, 'Take over the exam here');
    await expect(b.locator('[data-q-heading]')).toHaveText('Question 2 of 65');
    expect(await currentQuestion(b)).toBe(second);
    await expectChecked(b, secondAnswer);
    await expect(b.locator('[data-answered-count]')).toHaveText('2 of 65 answered');

    // The first tab stopped: it says where the exam went, and its question is gone from the screen.
    await expect(elsewhere(a)).toContainText('The exam was taken over in another tab, so its clock and saving stopped here.');
    await expect(a.locator('[data-announcer]')).toContainText('The exam continues in another tab.');
    await expect(a.getByRole('button', { name: 'Take the exam back' })).toBeFocused();
    await expect(a.locator('[data-question-form]')).toBeHidden();

    // The second tab goes on; the first tab's reload (its pagehide, a last chance to save) changes nothing.
    await pressButton(b, 'Next');
    const third = await currentQuestion(b);
    const thirdAnswer = optionsFor(third, 'right');
    await answerByKeyboard(b, thirdAnswer);
    await expect(b.locator('[data-answered-count]')).toHaveText('3 of 65 answered');
    await a.reload();
    await expect(elsewhere(a)).toContainText('This practice exam is running in another tab of this browser.');
    const stored = await storedExams(a);
    expect(stored).toHaveLength(1);
    expect(sorted(stored[0]!.answers)).toEqual(sorted({ [first]: firstAnswer, [second]: secondAnswer, [third]: thirdAnswer }));

    // Taking it back in the first tab brings the second tab's answer along, and stops the second tab.
    await pressButton(a, 'Take over the exam here');
    await expect(a.locator('[data-q-heading]')).toHaveText('Question 3 of 65');
    await expectChecked(a, thirdAnswer);
    await expect(elsewhere(b)).toContainText('The exam was taken over in another tab');
    await b.goto('about:blank');
    expect((await storedExams(a))[0]!.answers).toEqual(stored[0]!.answers);
  });

  test('an attempt submitted in one tab shows as a result in the other, never as running', async ({ page: a, context }) => {
    test.setTimeout(90_000);
    await a.goto('/practice/exam/');
    await startExam(a);
    const id = await currentQuestion(a);
    await answerByKeyboard(a, optionsFor(id, 'right'));
    const b = await context.newPage();
    await b.goto('/practice/exam/');
    await expect(elsewhere(b)).toBeVisible();

    await pressButton(a, 'Review and submit…');
    await pressButton(a, 'Submit the exam');
    await expect(a.locator('[data-summary]')).toContainText('You answered 1 of 65 questions correctly');
    const [submitted] = await storedExams(a);
    expect(submitted).toMatchObject({ score: { correct: 1, total: 65 } });

    await pressButton(b, 'Take over the exam here');
    await expect(b.locator('[data-results-heading]')).toBeFocused();
    await expect(b.locator('[data-summary]')).toContainText('You answered 1 of 65 questions correctly');
    await expect(b.locator('[data-q-heading]')).toBeHidden();

    await b.reload();
    await expect(b.getByRole('button', { name: 'Start the exam' })).toBeVisible();
    await expect(b.getByRole('button', { name: 'Resume the exam' })).toBeHidden();
    await expect(b.locator('[data-history-table] tbody tr')).toHaveCount(1);
    await expect(b.locator('[data-history-table] tbody tr')).toContainText('1 of 65');
    // Both tabs leaving saves nothing over the submitted attempt.
    await a.goto('about:blank');
    expect(await storedExams(b)).toEqual([submitted]);
  });

  test('two tabs pressing Start at once store exactly one attempt', async ({ page: a, context }) => {
    const b = await context.newPage();
    await Promise.all([a.goto('/practice/exam/'), b.goto('/practice/exam/')]);
    for (const tab of [a, b]) await expect(tab.getByRole('button', { name: 'Start the exam' })).toBeVisible();
    await Promise.all([a, b].map((tab) => tab.getByRole('button', { name: 'Start the exam' }).click()));

    const runs = (tab: Page) => tab.locator('[data-q-heading]').isVisible();
    for (const tab of [a, b]) await expect(tab.locator('[data-q-heading]:visible').or(elsewhere(tab))).toBeVisible();
    const running = [await runs(a), await runs(b)];
    expect(running.filter(Boolean)).toHaveLength(1);
    const other = running[0] ? b : a;
    await expect(elsewhere(other)).toContainText('This practice exam is running in another tab of this browser.');
    expect(await storedExams(a)).toHaveLength(1);
  });

  test('without Web Locks, a second tab offers to resume the running attempt and never starts another', async ({ page: a, context }) => {
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined }));
    const b = await context.newPage();
    await Promise.all([a.goto('/practice/exam/'), b.goto('/practice/exam/')]);
    // The second tab has read the bank and shows its start form before the first one starts (it reads
    // the exam bank after the page has loaded, which can take a while on a busy machine).
    await expect(b.getByRole('button', { name: 'Start the exam', exact: true })).toBeVisible();
    await startExam(a);
    const id = await currentQuestion(a);
    await answerByKeyboard(a, optionsFor(id, 'right'));
    // The second tab still shows the start form it loaded with; starting reads the record first.
    await pressButton(b, 'Start the exam');
    await expect(b.locator('[data-announcer]')).toHaveText('An attempt is already in progress, so it resumes here.');
    expect(await currentQuestion(b)).toBe(id);
    await expectChecked(b, optionsFor(id, 'right'));
    await expect(elsewhere(b)).toBeHidden();
    expect(await storedExams(b)).toHaveLength(1);
    await b.reload();
    await expect(b.getByRole('button', { name: 'Resume the exam' })).toBeVisible();
  });
});
