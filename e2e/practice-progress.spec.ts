import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AnswerRecord } from '../src/lib/progress/progress-store.ts';
import { summarizeProgress } from '../src/lib/exam/readiness.ts';
import { answer, choose, expect, optionNames, questionForm, test } from './fixtures.ts';
import { allQuestions, answerGroup, optionsFor, pressButton } from './practice-helpers.ts';
import { content, mlsQuestions } from './site.ts';

// axe injects its script into every frame, which the site's Content-Security-Policy (sent by
// scripts/serve.ts) blocks, so the files that run axe bypass the policy; csp.spec.ts proves every
// feature runs under it.
test.use({ bypassCSP: true });

const single = mlsQuestions.find((q) => q.data.type === 'single')!.data;
const weights = new Map(content.outline!.domains.map((d) => [Number(d.id), d.weight]));

/** Answer a question wrong in its page's inline quiz. */
async function answerInlineWrong(page: Page, id = single.id) {
  const q = allQuestions.get(id)!;
  await page.goto(`/${q.page}/`);
  const form = questionForm(page, id);
  await answer(form, await optionNames(id, optionsFor(id, 'wrong')));
  await expect(form.locator('.sg-question-result')).toContainText('Incorrect');
}

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('sg-progress') ?? 'null'));

test.describe('spaced review', () => {
  test('a wrong inline answer is due today; reviewing it right schedules it days later', async ({ page }) => {
    await answerInlineWrong(page);
    await page.goto('/practice/progress/');
    await expect(page.locator('[data-stat="due"]')).toHaveText('1');
    await expect(page.locator('[data-stat="seen"]')).toHaveText('1');

    await page.goto('/practice/review/');
    await expect(page.locator('[data-review-status]')).toHaveText('1 question due for review today.');
    await expect(page.locator('[data-review-form]')).toHaveAttribute('data-question-id', single.id);
    const check = page.getByRole('button', { name: 'Check' });
    await expect(check).toHaveAttribute('aria-disabled', 'true');
    await expect(check).toHaveAccessibleDescription('Choose an answer to check it.');
    await choose(answerGroup(page), await optionNames(single.id, optionsFor(single.id, 'right')), { keyboard: true });
    await pressButton(page, 'Check');
    await expect(page.locator('[data-r-result]')).toContainText('Correct.');
    await expect(page.locator('.sg-explanations > li')).toHaveCount(single.options.length);
    await expect(page.getByRole('button', { name: /^Good: again in / })).toBeFocused();
    // Easy schedules it days ahead (Good may keep it in FSRS's same-day learning steps).
    await expect(page.getByRole('button', { name: /^Easy: again in \d+ days?$/ })).toBeVisible();
    await pressButton(page, /^Easy: again in /);
    await expect(page.locator('[data-review-status]')).toContainText('Done: you reviewed 1 question.');
    const after = await stored(page);
    expect(Date.parse(after.cards[single.id].due)).toBeGreaterThan(Date.now());
    expect(after.answers[single.id]).toMatchObject({ source: 'review', correct: true });

    await page.goto('/practice/progress/');
    await expect(page.locator('[data-stat="due"]')).toHaveText('0');
  });

  test('a wrong answer to an MLA-C01-only question is due for review too', async ({ page }) => {
    // An MLA-C01-only question (no MLS-C01 domain) that its page's own quiz shows: a page quiz shows
    // ten of the page's questions, so walk the pages MLA-C01-only questions belong to.
    const pages = [...new Set(content.questions.filter((q) => q.data.domain === undefined).map((q) => q.data.page))];
    let id: string | undefined;
    for (const path of pages) {
      await page.goto(`/${path}/`);
      const shown = await page
        .locator('form[data-question]')
        .evaluateAll((forms) => forms.map((f) => f.getAttribute('data-question') ?? ''));
      id = shown.find((shownId) => allQuestions.get(shownId)?.domain === undefined);
      if (id) break;
    }
    expect(id, 'an MLA-C01-only question in some page quiz').toBeTruthy();
    await answerInlineWrong(page, id!);
    await page.goto('/practice/progress/');
    await expect(page.locator('[data-stat="due"]')).toHaveText('1');
    await page.goto('/practice/review/');
    await expect(page.locator('[data-review-status]')).toHaveText('1 question due for review today.');
    await expect(page.locator('[data-review-form]')).toHaveAttribute('data-question-id', id!);
  });

  test('a wrong review answer is rated Again and stays due today', async ({ page }) => {
    await answerInlineWrong(page);
    await page.goto('/practice/review/');
    await choose(answerGroup(page), await optionNames(single.id, optionsFor(single.id, 'wrong')));
    await pressButton(page, 'Check');
    await expect(page.locator('[data-r-result]')).toContainText('Incorrect. It comes back in');
    await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
    await page.goto('/practice/progress/');
    await expect(page.locator('[data-stat="due"]')).toHaveText('1');
  });
});

test.describe('spaced review: counters', () => {
  test('"Question i of n" and the number due count the same set as the session goes on', async ({ page }) => {
    const other = mlsQuestions.find((q) => q.data.type === 'single' && q.data.id !== single.id)!.data;
    await answerInlineWrong(page, single.id);
    await answerInlineWrong(page, other.id);
    await page.goto('/practice/review/');
    const status = page.locator('[data-review-status]');
    const heading = page.getByRole('heading', { name: /^Question \d+ of \d+$/ });
    await expect(status).toHaveText('2 questions due for review today.');
    await expect(heading).toHaveText('Question 1 of 2');
    const first = (await page.locator('[data-review-form]').getAttribute('data-question-id'))!;
    await choose(answerGroup(page), await optionNames(first, optionsFor(first, 'wrong')));
    await pressButton(page, 'Check');
    await pressButton(page, 'Next question');
    await expect(heading).toHaveText('Question 2 of 2');
    await expect(status).toHaveText('2 questions due for review today: 1 to go.');
  });
});

test.describe('progress dashboard, export, import and reset', () => {
  test('the dashboard shows mastery and readiness derived from every answer', async ({ page }) => {
    const at = new Date().toISOString();
    const answers: Record<string, AnswerRecord> = {};
    mlsQuestions.slice(0, 60).forEach((q, i) => {
      const correct = i % 3 !== 0;
      answers[q.data.id] = {
        chosen: ['a'],
        correct,
        at,
        source: i % 2 ? 'quiz' : 'exam',
        attempts: 1,
        correctAttempts: correct ? 1 : 0,
        ...(correct ? {} : { wrongAt: at }),
      };
    });
    await page.addInitScript(
      (value) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('sg-progress', value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      JSON.stringify({ version: 2, answers, cards: {}, exams: [] }),
    );
    await page.goto('/practice/progress/');
    const summary = summarizeProgress(
      mlsQuestions.map((q) => q.data),
      answers,
      weights,
    );
    await expect(page.locator('[data-stat="readiness"]')).toHaveText(`${Math.round(summary.readiness * 100)} %`);
    await expect(page.locator('[data-stat="seen"]')).toHaveText(String(summary.seen));
    await expect(page.locator('[data-stat="unseen"]')).toHaveText(String(summary.unseen));
    await expect(page.locator('[data-stat="due"]')).toHaveText(String(Object.values(answers).filter((a) => !a.correct).length));
    for (const [domain, m] of summary.domains) {
      await expect(page.locator(`[data-domain="${domain}"] [data-cell="answered"]`)).toHaveText(`${m.answered} of ${m.total}`);
    }
    for (const [task, m] of summary.tasks) {
      await expect(page.locator(`[data-task="${task}"] [data-cell="answered"]`)).toHaveText(`${m.answered} of ${m.total}`);
    }
    const weak = page.locator('[data-weakest] > li');
    await expect(weak.first()).toBeVisible();
    await expect(weak.first().getByRole('link', { name: /^Drill / })).toHaveAttribute('href', /\/practice\/drills\/task-\d-\d\/$/);
    // Remediation points to pages that teach the task, never to the exam or reference pages.
    const reading = await weak.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(reading.filter((href) => !href.startsWith('/practice/')).length).toBeGreaterThan(0);
    expect(reading.filter((href) => /^\/(exam|reference)\//.test(href))).toEqual([]);
  });

  test('export, then import into a fresh browser restores progress; a bad file changes nothing', async ({
    page,
    newContext,
    axe,
  }, testInfo) => {
    await answerInlineWrong(page);
    await page.goto('/practice/progress/');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^mls-c01-progress-\d{4}-\d\d-\d\d\.json$/);
    const file = testInfo.outputPath('progress.json');
    await download.saveAs(file);
    const exported = await stored(page);

    const fresh = await newContext();
    const other = await fresh.newPage();
    await other.goto('/practice/progress/');
    await expect(other.locator('[data-stat="seen"]')).toHaveText('0');

    const bad = testInfo.outputPath('bad.json');
    const text = readFileSync(file, 'utf8').replace('"correct": false', '"correct": "no"');
    (await import('node:fs')).writeFileSync(bad, text);
    await other.getByLabel('Import progress from a file').setInputFiles(bad);
    await expect(other.locator('[data-import-error]')).toContainText('cannot be imported');
    await expect(other.locator('[data-import-error]')).toContainText('Nothing was changed.');
    expect(await stored(other)).toBeNull();

    await other.getByLabel('Import progress from a file').setInputFiles(file);
    await expect(other.locator('[data-import-summary]')).toContainText('This will add answers to 1 question');
    await expect(other.locator('[data-import-preview]')).toBeFocused();
    await axe.expectNone('import preview', { page: other });
    await other.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(other.locator('[data-data-status]')).toContainText('Imported');
    await expect(other.locator('[data-stat="seen"]')).toHaveText('1');
    await expect(other.locator('[data-stat="due"]')).toHaveText('1');
    expect((await stored(other)).answers).toEqual(exported.answers);

    await other.getByLabel('Import progress from a file').setInputFiles(file);
    await expect(other.locator('[data-import-summary]')).toContainText('nothing this browser does not already have');
    await expect(other.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  });

  test('reset asks first, offers an export, then deletes progress', async ({ page, axe }) => {
    await answerInlineWrong(page);
    await page.goto('/practice/progress/');
    await pressButton(page, 'Reset progress…');
    const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
    await expect(dialog).toContainText('answers to 1 question');
    await expect(dialog.getByRole('button', { name: 'Export progress' })).toBeVisible();
    await axe.expectNone('reset dialog');
    await pressButton(page, 'Cancel');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Reset progress…' })).toBeFocused();
    expect((await stored(page)).answers[single.id]).toBeTruthy();
    await pressButton(page, 'Reset progress…');
    await dialog.getByRole('button', { name: 'Delete all progress' }).click();
    await expect(page.locator('[data-stat="seen"]')).toHaveText('0');
    expect(Object.keys((await stored(page)).answers)).toHaveLength(0);
  });
});

test.describe('drills, and the practice pages without JavaScript', () => {
  test('a drill shows a set of ten, unanswered first, and records answers as drill answers', async ({ page }) => {
    const task = '3.1';
    const inTask = mlsQuestions.filter((q) => q.data.tasks.some((t) => t.startsWith(task)));
    // The bank guarantees this (coverage tests require 18+ per domain-3 task statement).
    expect(inTask.length).toBeGreaterThan(10);
    await answerInlineWrong(page, inTask[0]!.data.id);
    await page.goto(`/practice/drills/task-${task.replace('.', '-')}/`);
    const visible = page.locator('.sg-questions > li:visible');
    await expect(visible).toHaveCount(10);
    await expect(questionForm(page, inTask[0]!.data.id)).toBeHidden();
    await expect(visible.first().getByRole('group', { name: /^Question 1\b/ })).toBeVisible();
    const form = visible.first().locator('form');
    const id = (await form.getAttribute('data-question'))!;
    await answer(form, await optionNames(id, optionsFor(id, 'right')));
    await expect(form.locator('.sg-question-result')).toContainText('Correct.');
    expect((await stored(page)).answers[id].source).toBe('drill');
    await pressButton(page, 'Next set of questions');
    await expect(page.locator('[data-drill-status]')).toBeFocused();
    await expect(page.locator('[data-drill-status]')).toContainText('Questions 11 to');
  });

  test('with JavaScript off the practice pages say what needs it, and drills show every question', async ({ newContext }) => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/practice/exam/');
    await expect(page.locator('[data-needs-js]')).toContainText('needs JavaScript');
    await expect(page.getByRole('heading', { name: 'How the scaled score is estimated' })).toBeVisible();
    await page.goto('/practice/review/');
    await expect(page.locator('[data-needs-js]')).toContainText('needs JavaScript');
    await page.goto('/practice/drills/domain-1/');
    const count = mlsQuestions.filter((q) => q.data.domain === 1).length;
    await expect(page.locator('.sg-questions > li:visible')).toHaveCount(count);
  });
});

test.describe('practice pages: accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: review, dashboard and drill after answering, ${theme} theme`, async ({ page, axe }) => {
      // Eight axe runs: each takes seconds on an idle machine and tens of seconds on a loaded one.
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: theme });
      await answerInlineWrong(page);
      await page.goto('/practice/progress/');
      await expect(page.locator('[data-stat="due"]')).toHaveText('1');
      await axe.expectNone('dashboard');
      await page.goto('/practice/review/');
      await expect(page.locator('[data-review-form]')).toBeVisible();
      await axe.expectNone('review question');
      await choose(answerGroup(page), await optionNames(single.id, optionsFor(single.id, 'right')));
      await page.getByRole('button', { name: 'Check' }).click();
      await axe.expectNone('review feedback');
      await page.getByRole('button', { name: /^Good/ }).click();
      await axe.expectNone('review done');
      await page.goto('/practice/drills/task-1-2/');
      await axe.expectNone('drill');

      await page.goto('/practice/progress/');
      const file = JSON.stringify({
        format: 'mls-c01-study-guide-progress',
        progress: {
          version: 1,
          answers: {
            [mlsQuestions[1]!.data.id]: {
              chosen: ['a'],
              correct: true,
              at: new Date().toISOString(),
              source: 'quiz',
              attempts: 1,
              correctAttempts: 1,
            },
          },
        },
      });
      await page
        .getByLabel('Import progress from a file')
        .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      await expect(page.locator('[data-import-preview]')).toBeVisible();
      await axe.expectNone('import preview');
      await page
        .getByLabel('Import progress from a file')
        .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{') });
      await expect(page.locator('[data-import-error]')).toBeVisible();
      await axe.expectNone('import error');
      await page.getByRole('button', { name: 'Reset progress…' }).click();
      await axe.expectNone('reset dialog');
    });
  }
});

test.describe('practice pages: privacy', () => {
  test('the practice pages make no request to any other host', async ({ page, foreignRequests }) => {
    await answerInlineWrong(page);
    for (const path of [
      '/practice/',
      '/practice/exam/',
      '/practice/drills/',
      '/practice/drills/domain-1/',
      '/practice/review/',
      '/practice/progress/',
    ]) {
      await page.goto(path);
      // Network idle, not a visible state: late requests are what this test is after.
      await page.waitForLoadState('networkidle');
    }
    await page.goto('/practice/exam/');
    await page.getByRole('button', { name: 'Start the exam' }).click();
    await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(foreignRequests).toEqual([]);
  });
});
