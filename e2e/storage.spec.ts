/**
 * A learner never loses progress: full, failing and read-only storage, two tabs, imports, set-aside
 * copies, and the cost of a Check with a heavy learner's record (issue 16).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, reach, test } from './fixtures.ts';
import { optionsFor } from './practice-helpers.ts';
import { content } from './site.ts';

/** The page whose inline quizzes hold the most single-answer questions, and those questions. */
const byPage = new Map<string, string[]>();
for (const q of content.questions) {
  if (q.data.type === 'single') byPage.set(q.data.page, [...(byPage.get(q.data.page) ?? []), q.data.id]);
}
const [quizPage, quizIds] = [...byPage].sort((a, b) => b[1].length - a[1].length)[0]!;

/** A record of about `bytes` characters: answers to made-up question ids, as a heavy learner's would be. */
function heavyRecord(bytes: number) {
  const at = new Date(Date.now() - 86_400_000).toISOString();
  const answers: Record<string, unknown> = {};
  for (let i = 0; JSON.stringify(answers).length < bytes; i += 1) {
    answers[`heavy-learner-question-${i}`] = {
      chosen: ['a', 'c'],
      correct: i % 3 !== 0,
      at,
      source: 'quiz',
      attempts: 3,
      correctAttempts: 2,
      wrongAt: at,
    };
  }
  return { version: 2, answers, cards: {}, exams: [] };
}

/**
 * Seed storage once per test (not again on reload); with `fill`, then fill the rest of it with filler
 * keys until `setItem` throws, as a full browser storage is.
 */
async function seed(page: Page, items: Record<string, string>, fill = false) {
  await page.addInitScript(
    ([entries, full]) => {
      if (sessionStorage.getItem('seeded')) return;
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      let n = 0;
      for (const size of full ? [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1] : []) {
        try {
          for (;;) localStorage.setItem(`filler-${(n += 1)}`, 'x'.repeat(size));
        } catch {
          // Full at this size: try a smaller one.
        }
      }
      sessionStorage.setItem('seeded', '1');
    },
    [items, fill] as const,
  );
}

/** Free the space the filler took, as a learner clearing other data would. */
const freeSpace = (page: Page) =>
  page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });

/** The stored record, read without `getItem` (which a test may make fail). */
const stored = (page: Page) =>
  page.evaluate(() => JSON.parse((localStorage as unknown as Record<string, string>)['sg-progress'] ?? 'null'));

const status = (page: Page) => page.locator('[data-save-status]');

/** The reader scrolls to the page's quiz: its code, and with it the progress store, loads as it comes near. */
const reachQuiz = (page: Page) => reach(page.locator('sg-quiz').first());

async function answer(page: Page, id: string, intent: 'right' | 'wrong' = 'right') {
  const form = await reach(page.locator(`form[data-question="${id}"]`));
  for (const option of optionsFor(id, intent)) await form.locator(`input[value="${option}"]`).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.locator('.sg-question-result')).toContainText(intent === 'right' ? 'Correct.' : 'Incorrect.');
  return form;
}

const answerRecord = (at: string) => ({ chosen: ['a'], correct: true, at, source: 'quiz', attempts: 1, correctAttempts: 1 });

test.describe('full storage', () => {
  test('says at once that answers are not saved, marks each unsaved answer, and saves them all once there is room', async ({ page }) => {
    await seed(page, {}, true);
    await page.goto(`/${quizPage}/`);
    await reachQuiz(page);
    await expect(page.getByRole('status').filter({ hasText: 'Not saved.' })).toContainText("this browser's storage for this site is full");
    await expect(status(page).getByRole('link', { name: 'Go to the progress page' })).toBeVisible();
    const first = await answer(page, quizIds[0]!);
    await expect(first.locator('.sg-question-result')).toContainText('This answer is not saved in this browser');
    expect(await stored(page)).toBeNull();

    await freeSpace(page);
    const second = await answer(page, quizIds[1]!);
    await expect(status(page)).toHaveText('Your answers are being saved again.');
    await expect(second.locator('.sg-question-result')).not.toContainText('not saved');
    expect(Object.keys((await stored(page)).answers).sort()).toEqual([quizIds[0], quizIds[1]].sort());
    await page.reload();
    await reachQuiz(page);
    for (const id of quizIds.slice(0, 2))
      await expect(page.locator(`form[data-question="${id}"] .sg-question-result`)).toContainText('Correct.');
  });

  test('the exam, review and progress pages say so at once too', async ({ page }) => {
    await seed(page, {}, true);
    for (const path of ['/practice/exam/', '/practice/review/', '/practice/progress/']) {
      await page.goto(path);
      await expect(status(page)).toContainText('Not saved.');
    }
  });

  test('an import that does not fit says nothing was imported and changes nothing', async ({ page }, testInfo) => {
    const at = new Date(Date.now() - 3_600_000).toISOString();
    await seed(
      page,
      { 'sg-progress': JSON.stringify({ version: 2, answers: { [quizIds[0]!]: answerRecord(at) }, cards: {}, exams: [] }) },
      true,
    );
    await page.goto('/practice/progress/');
    await expect(page.locator('[data-stat="seen"]')).toHaveText('1');
    const answers = Object.fromEntries(content.questions.slice(0, 30).map((q) => [q.data.id, answerRecord(at)]));
    const file = testInfo.outputPath('thirty.json');
    writeFileSync(
      file,
      JSON.stringify({ format: 'mls-c01-study-guide-progress', exportedAt: at, progress: { version: 2, answers, cards: {}, exams: [] } }),
    );
    await page.getByLabel('Import progress from a file').setInputFiles(file);
    await expect(page.locator('[data-import-summary]')).toContainText('This will add answers to');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.locator('[data-import-error]')).toContainText('Nothing was imported: with this file your progress would take');
    await expect(page.locator('[data-data-status]')).not.toContainText('Imported');
    await expect(page.locator('[data-stat="seen"]')).toHaveText('1');
    expect(Object.keys((await stored(page)).answers)).toEqual([quizIds[0]]);
  });
});

test.describe('storage that fails', () => {
  test('a failing getItem never lets an answer overwrite the stored record', async ({ page }) => {
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const others = content.questions
      .slice(0, 5)
      .map((q) => q.data.id)
      .filter((id) => !quizIds.includes(id));
    const before = JSON.stringify({
      version: 2,
      answers: Object.fromEntries(others.map((id) => [id, answerRecord(at)])),
      cards: {},
      exams: [],
    });
    await seed(page, { 'sg-progress': before });
    await page.addInitScript(() => {
      const real = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key: string) {
        if (key === 'sg-progress') throw new DOMException('blocked by an extension', 'SecurityError');
        return real.call(this, key);
      };
    });
    await page.goto(`/${quizPage}/`);
    await reachQuiz(page);
    await expect(status(page)).toContainText('Your saved progress could not be read');
    const form = await answer(page, quizIds[0]!);
    await expect(form.locator('.sg-question-result')).toContainText('This answer is not saved');
    expect(await page.evaluate(() => (localStorage as unknown as Record<string, string>)['sg-progress'])).toBe(before);
  });

  test('readable but not writable storage still shows and exports the saved progress', async ({ page }) => {
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const ids = content.questions.slice(0, 4).map((q) => q.data.id);
    await seed(page, {
      'sg-progress': JSON.stringify({
        version: 2,
        answers: Object.fromEntries(ids.map((id) => [id, answerRecord(at)])),
        cards: {},
        exams: [],
      }),
    });
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('read-only', 'SecurityError');
      };
    });
    await page.goto('/practice/progress/');
    await expect(status(page)).toContainText('Your saved progress is shown, but this browser does not let the guide save new answers');
    await expect(page.locator('[data-stat="seen"]')).toHaveText(String(ids.length));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const file = await (await download).path();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).progress.answers).sort()).toEqual([...ids].sort());
  });
});

test.describe('two tabs', () => {
  test('answers from both tabs are kept, and each tab shows what the other answered', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(`/${quizPage}/`);
    await reachQuiz(a);
    await b.goto(`/${quizPage}/`);
    await reachQuiz(b);
    await answer(a, quizIds[0]!);
    await expect(b.locator(`form[data-question="${quizIds[0]}"] .sg-question-result`)).toContainText('Correct.');
    await answer(b, quizIds[1]!, 'wrong');
    await expect(a.locator(`form[data-question="${quizIds[1]}"] .sg-question-result`)).toContainText('Incorrect.');
    await answer(a, quizIds[2]!);
    const dashboard = await context.newPage();
    await dashboard.goto('/practice/progress/');
    await expect(dashboard.locator('[data-stat="seen"]')).toHaveText('3');
    await answer(b, quizIds[3]!);
    await expect(dashboard.locator('[data-stat="seen"]')).toHaveText('4');
    expect(Object.keys((await stored(a)).answers).sort()).toEqual(quizIds.slice(0, 4).sort());
  });
});

test.describe('a heavy learner', () => {
  test('a Check with a 1 MB record gives feedback within 50 ms', async ({ page }) => {
    test.slow();
    const record = JSON.stringify(heavyRecord(1_000_000));
    expect(record.length).toBeGreaterThan(1_000_000);
    await seed(page, { 'sg-progress': record });
    await page.goto(`/${quizPage}/`);
    await reachQuiz(page);
    const times: number[] = [];
    for (const id of quizIds.slice(0, 3)) {
      const form = await reach(page.locator(`form[data-question="${id}"]`));
      await expect(form.getByRole('button', { name: 'Check' })).toBeVisible();
      await form.locator(`input[value="${optionsFor(id, 'right')[0]}"]`).check();
      // Check → feedback on screen, timed inside the page: from the click to the next frame, the one
      // that paints the feedback (the save runs in a task after it; the poll below waits for it).
      times.push(
        await form.evaluate(async (el) => {
          const start = performance.now();
          el.querySelector<HTMLButtonElement>('.sg-check')!.click();
          await new Promise((frame) => requestAnimationFrame(frame));
          const text = el.querySelector('.sg-question-result')!.textContent ?? '';
          if (!text.startsWith('Correct')) throw new Error(`no feedback: ${text}`);
          return performance.now() - start;
        }),
      );
    }
    const median = [...times].sort((a, b) => a - b)[1]!;
    console.log(`Check with a ${(record.length / 1e6).toFixed(2)} MB record: ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
    expect(median).toBeLessThan(50);
    // Every answer is saved just after its feedback.
    await expect(page.locator('[data-save-status]')).toBeEmpty();
    const saved = await page.evaluate(
      (ids) => {
        const answers = JSON.parse(localStorage.getItem('sg-progress')!).answers;
        return ids.map((id) => answers[id]?.correct);
      },
      quizIds.slice(0, 3),
    );
    expect(saved).toEqual([true, true, true]);
  });
});

test.describe('import', () => {
  test('implausible or oversized files are refused with the reason, with no page error', async ({ page }, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/practice/progress/');
    const id = content.questions[0]!.data.id;
    const exam = (over: object) => ({
      id: 'exam-1',
      startedAt: '2026-01-01T09:00:00.000Z',
      limitMs: 1000,
      elapsedMs: 10,
      questions: [id],
      answers: {},
      flagged: [],
      current: 0,
      submittedAt: '2026-01-01T10:00:00.000Z',
      score: { correct: 1, total: 1 },
      ...over,
    });
    const file = (name: string, progress: object) => {
      const path = testInfo.outputPath(name);
      writeFileSync(path, JSON.stringify({ format: 'mls-c01-study-guide-progress', exportedAt: '2026-01-02T00:00:00.000Z', progress }));
      return path;
    };
    const record = (over: object) => ({ version: 2, answers: {}, cards: {}, exams: [], ...over });
    const cases: [string, string, RegExp][] = [
      ['score.json', file('score.json', record({ exams: [exam({ score: { correct: 99, total: 1 } })] })), /scores 99 of 1/],
      ['dupes.json', file('dupes.json', record({ exams: [exam({}), exam({})] })), /two exam attempts have the id exam-1/],
      [
        'future.json',
        file('future.json', record({ answers: { [id]: answerRecord('2099-01-01T00:00:00.000Z') } })),
        /dated 2099-01-01, in the future/,
      ],
    ];
    const huge = testInfo.outputPath('huge.json');
    writeFileSync(huge, `{"pad":"${'x'.repeat(20_000_000)}"}`);
    cases.push(['huge.json', huge, /This file is 20\.0 MB; a progress export of this guide is at most 5\.0 MB/]);
    for (const [name, path, reason] of cases) {
      await page.getByLabel('Import progress from a file').setInputFiles(path);
      const error = page.locator('[data-import-error]');
      await expect(error, name).toContainText(reason);
      await expect(error, name).toContainText('Nothing was changed.');
    }
    expect(await stored(page)).toBeNull();

    // An attempt whose questions left the bank is kept, and marked.
    await page
      .getByLabel('Import progress from a file')
      .setInputFiles(file('retired.json', record({ exams: [exam({ questions: [id, 'a-question-no-longer-in-the-bank'] })] })));
    await expect(page.locator('[data-import-summary]')).toContainText(
      '1 finished exam attempt in the file has questions no longer in this guide: it is kept',
    );
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.locator('[data-data-status]')).toContainText('Imported and saved in this browser');
    await expect(page.locator('[data-latest-exam="MLS-C01"]')).toContainText('1 of 1 right');
    await page.goto('/practice/exam/');
    await expect(page.getByRole('button', { name: 'Start the exam' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('recover', () => {
  test('set-aside copies are listed with when, why and size; capped; downloadable, deletable, and cleared by Reset', async ({ page }) => {
    const old = Object.fromEntries([1, 2, 3, 4].map((i) => [`sg-progress:set-aside:2026-01-0${i}T00:00:00.000Z`, `old copy ${i}`]));
    await seed(page, { ...old, 'sg-progress': '{"version":2,"answers":' });
    await page.goto('/practice/progress/');
    await expect(status(page)).toContainText('Saved progress could not be read (it is not valid JSON). A copy was kept aside');
    const copies = page.locator('[data-copies] > li');
    // Four old copies and the new one, capped at three: the newest first.
    await expect(copies).toHaveCount(3);
    await expect(copies.first()).toContainText('it could not be read because it is not valid JSON');
    await expect(copies.first()).toContainText('1 KB');
    await expect(copies.nth(1)).toContainText('kept by an earlier version of the guide');
    const download = page.waitForEvent('download');
    await copies.first().getByRole('button', { name: 'Download' }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toBe('{"version":2,"answers":');
    await copies.first().getByRole('button', { name: 'Merge back' }).click();
    await expect(page.locator('[data-recover-status]')).toContainText(
      'Nothing was merged back: nothing in it can be read by this version of the guide',
    );
    await copies.nth(2).getByRole('button', { name: 'Delete' }).click();
    await expect(copies).toHaveCount(2);
    await expect(page.getByRole('heading', { name: 'Recover' })).toBeFocused();

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await expect(page.getByRole('dialog')).toContainText('and 2 set-aside copies of progress that could not be read');
    await page.getByRole('button', { name: 'Delete all progress' }).click();
    await expect(page.locator('[data-recover-empty]')).toBeVisible();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sg-progress:set-aside:')))).toEqual([]);
  });

  test('a damaged record too large to set aside can be downloaded, then cleared, and saving resumes', async ({ page }) => {
    await seed(page, { 'sg-progress': `{"version":2,"answers":${'x'.repeat(2_000_000)}` }, true);
    await page.goto(`/${quizPage}/`);
    await reachQuiz(page);
    await expect(status(page)).toContainText('no room to keep a copy of it aside');
    await answer(page, quizIds[0]!);
    await page.goto('/practice/progress/');
    const clear = page.getByRole('button', { name: 'Clear it from this browser' });
    await expect(clear).toBeDisabled();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the unreadable progress' }).click();
    expect((await readFileSync(await (await download).path(), 'utf8')).length).toBe(2_000_000 + '{"version":2,"answers":'.length);
    await clear.click();
    await expect(page.locator('[data-recover-status]')).toContainText('Cleared');
    await expect(status(page)).not.toContainText('Not saved.');
    await page.goto(`/${quizPage}/`);
    await reachQuiz(page);
    await answer(page, quizIds[1]!);
    expect(Object.keys((await stored(page)).answers)).toEqual([quizIds[1]]);
  });
});
