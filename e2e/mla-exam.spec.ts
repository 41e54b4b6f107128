/**
 * The MLA-C01 practice exam in a browser: what the page says, the domain mix of a drawn attempt
 * against MLA-C01's weights (by each question's first `mla:` id), the MLA-C01 time limit, resuming
 * after a reload, results by MLA-C01 domain and task statement, and the two exams' histories kept
 * apart. Every expectation comes from content/ through the site's own definition of the exam.
 */
import type { Page } from '@playwright/test';
import { inExam, mlaExamDefinition } from '../src/lib/exam/exam-definition.ts';
import { passLineTextOf, passShareOf } from '../src/lib/exam/result-chart.ts';
import { summarizeProgress } from '../src/lib/exam/readiness.ts';
import { scaledScoreRange } from '../src/lib/exam/score-exam.ts';
import type { AnswerRecord } from '../src/lib/progress/progress-record.ts';
import { mlaDomainOf, mlaLabel } from '../src/lib/outline/mla-outline.ts';
import { correctAnswer } from '../src/lib/questions/item-answer.ts';
import { scoreQuestion } from '../src/lib/questions/score-question.ts';
import { PRACTICE } from '../src/lib/urls.ts';
import { expect, test } from './fixtures.ts';
import {
  allQuestions,
  answerByKeyboard,
  answerGroup,
  currentQuestion,
  expectChosen,
  optionsFor,
  pressButton,
  questionHeading,
  startExam,
} from './practice-helpers.ts';
import { content } from './site.ts';

// axe injects its script into every frame, which the site's Content-Security-Policy blocks, so the
// files that run axe bypass it; csp.spec.ts proves every feature runs under it.
test.use({ bypassCSP: true });

const outline = content.mlaOutline!;
const def = mlaExamDefinition(outline);
const duration = outline.facts.find((f) => f.id === 'duration')!;
/** The questions the MLA-C01 exam draws from, by MLA-C01 domain. */
const drawable = [...allQuestions.values()].filter((q) =>
  inExam({ domain: q.domain ?? null, tasks: q.tasks, mlaDomain: mlaDomainOf(q.mla), mla: q.mla, type: q.type }, 'MLA-C01'),
);
const available = (domain: number) => drawable.filter((q) => mlaDomainOf(q.mla) === domain).length;

const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('sg-progress') ?? '{"exams":[]}') as { exams: Record<string, unknown>[] });

test.describe('MLA-C01 practice exam', () => {
  test('says what it is, draws in the MLA-C01 weights, times to its limit, resumes, scores by its outline, keeps its history apart', async ({
    page,
    axe,
  }) => {
    // Sixty-five answers and the results: about 25 s on an idle machine, three times that on a loaded one.
    test.setTimeout(180_000);
    await page.clock.install({ time: new Date('2026-12-04T09:00:00Z') });
    // An MLS-C01 attempt saved before there were two exams (no `exam` field): it must stay MLS-C01's.
    await page.goto(PRACTICE.mlaExam);
    await page.evaluate(() => {
      const attempt = {
        id: 'exam-1764000000000',
        startedAt: '2026-11-24T16:00:00.000Z',
        limitMs: 10_800_000,
        elapsedMs: 600_000,
        questions: ['placeholder'],
        answers: {},
        flagged: [],
        current: 0,
        submittedAt: '2026-11-24T16:10:00.000Z',
        score: { correct: 0, total: 1 },
      };
      localStorage.setItem('sg-progress', JSON.stringify({ version: 2, answers: {}, cards: {}, exams: [attempt] }));
    });
    await page.reload();

    await expect(page.getByRole('heading', { level: 1, name: 'MLA-C01 practice exam' })).toBeVisible();
    await expect(page.locator('.sg-lead')).toContainText(`${outline.name} (MLA-C01)`);
    await expect(page.getByText('No finished attempt yet.')).toBeVisible();
    await expect(page.getByLabel('Exam length in minutes')).toHaveValue(String(def.minutes));
    if (duration.status === 'not-stated') await expect(page.locator('[data-minutes-note]')).toHaveText(duration.note);
    await expect(page.locator('[data-scoring-method]')).toContainText(`scores all ${def.length}`);

    await startExam(page);
    await expect(questionHeading(page)).toHaveText(`Question 1 of ${def.length}`);
    // The clock starts at the limit; it also runs in real time, so allow for the seconds the test takes.
    const limitMs = def.minutes * 60_000;
    const shownMs = async () => {
      const [h, m, s] = (await page.locator('[data-timer]').innerText()).split(':').map(Number);
      return ((h! * 60 + m!) * 60 + s!) * 1000;
    };
    await expect(page.locator('[data-timer]')).toHaveText(/^\d+:\d\d:\d\d$/);
    expect(await shownMs()).toBeLessThanOrEqual(limitMs);
    expect(await shownMs()).toBeGreaterThan(limitMs - 60_000);

    const attempt = (await stored(page)).exams.find((e) => e.exam === 'MLA-C01')!;
    expect(attempt.id).toMatch(new RegExp(`^${def.attemptPrefix}\\d+$`));
    const ids = attempt.questions as string[];
    expect(new Set(ids).size).toBe(def.length);
    // Exactly the blueprint when every domain holds enough questions; else a short domain gives all it has.
    const enough = Object.entries(def.blueprint).every(([domain, count]) => available(Number(domain)) >= count);
    for (const [domain, count] of Object.entries(def.blueprint)) {
      const drawn = ids.filter((id) => mlaDomainOf(allQuestions.get(id)!.mla) === Number(domain)).length;
      if (enough) expect(drawn, `MLA-C01 domain ${domain}`).toBe(count);
      else expect(drawn, `MLA-C01 domain ${domain}`).toBeGreaterThanOrEqual(Math.min(count, available(Number(domain))));
    }

    // The questions of a case study drawn together follow one another.
    for (const c of content.caseStudies) {
      const at = ids.flatMap((id, i) => (allQuestions.get(id)!.case === c.data.id ? [i] : []));
      if (at.length > 1) expect(at, `case study ${c.data.id}`).toEqual(at.map((_, k) => at[0]! + k));
    }

    // Answer two, reload, resume where it was.
    const first = await currentQuestion(page);
    await answerByKeyboard(page, optionsFor(first, 'right'));
    await pressButton(page, 'Next');
    const second = await currentQuestion(page);
    await answerByKeyboard(page, optionsFor(second, 'wrong'));
    await page.reload();
    await expect(page.locator('[data-resume-text]')).toContainText(`2 of ${def.length} answered`);
    await pressButton(page, 'Resume the exam');
    await expect(questionHeading(page)).toHaveText(`Question 2 of ${def.length}`);
    expect(await currentQuestion(page)).toBe(second);
    await expectChosen(answerGroup(page), second, optionsFor(second, 'wrong'));

    await pressButton(page, 'Review and submit…');
    await pressButton(page, 'Submit the exam');
    const right = ids.filter((id) => {
      const q = allQuestions.get(id)!;
      const given = id === first ? optionsFor(id, 'right') : id === second ? optionsFor(id, 'wrong') : [];
      return scoreQuestion(correctAnswer(q), given).correct;
    });
    await expect(page.getByRole('heading', { name: /^Results/, level: 2 })).toBeFocused();
    await expect(page.locator('[data-summary]')).toContainText(`You answered ${right.length} of ${def.length} questions correctly`);
    const range = scaledScoreRange(right.length, def.length, def);
    await expect(page.locator('[data-range]')).toHaveText(`Estimated scaled score: ${range.low} to ${range.high}`);
    await expect(page.locator('.sg-exam-estimate')).toContainText(`where ${def.passingScore} passes`);
    await expect(page.getByRole('figure', { name: /Share right by domain/ })).toContainText(passLineTextOf(passShareOf(def)));
    const domainRows = page.locator('[data-by-domain] tbody tr');
    await expect(domainRows).toHaveCount(outline.domains.length);
    for (const [i, d] of outline.domains.entries()) {
      const inDomain = ids.filter((id) => mlaDomainOf(allQuestions.get(id)!.mla) === Number(d.id));
      await expect(domainRows.nth(i)).toContainText(`${d.id}. ${d.title}`);
      await expect(domainRows.nth(i)).toContainText(`${inDomain.filter((id) => right.includes(id)).length} of ${inDomain.length}`);
    }
    const tested = new Set(ids.flatMap((id) => allQuestions.get(id)!.mla.map((m) => m.split('.').slice(0, 2).join('.'))));
    const taskRows = page.locator('[data-by-task] tbody tr');
    await expect(taskRows).toHaveCount(tested.size);
    const firstTask = outline.domains.flatMap((d) => d.tasks).find((t) => tested.has(t.id))!;
    await expect(taskRows.first()).toContainText(`${mlaLabel(firstTask.id)} ${firstTask.title}`);
    // The results name MLA-C01 task statements with links to read them: one axe pass over that screen.
    await axe.expectNone('MLA-C01 results');

    // The start screen lists this attempt only; the MLS-C01 exam lists only its own.
    await pressButton(page, 'Back to the start and your attempts');
    await expect(page.locator('[data-history-table] tbody tr')).toHaveCount(1);
    await expect(page.locator('[data-history-table] tbody tr')).toContainText(`${right.length} of ${def.length}`);
    await page.goto(PRACTICE.exam);
    await expect(page.locator('[data-history-table] tbody tr')).toHaveCount(1);
    await expect(page.locator('[data-history-table] tbody tr')).toContainText('0 of 1');

    await page.goto(PRACTICE.progress);
    await expect(page.locator('[data-latest-exam="MLA-C01"]')).toContainText(
      `Latest MLA-C01 practice exam (1 finished): ${right.length} of ${def.length} right, estimated scaled score ${range.low} to ${range.high}`,
    );
    await expect(page.locator('[data-latest-exam="MLS-C01"]')).toContainText('Latest MLS-C01 practice exam (1 finished): 0 of 1 right');
    const mlaChart = page.getByRole('figure', { name: /MLA-C01 practice exams, latest ten/ });
    await expect(mlaChart.getByRole('listitem')).toHaveCount(1);
    await expect(mlaChart).toContainText(passLineTextOf(passShareOf(def)));
    await expect(page.getByRole('figure', { name: /MLS-C01 practice exams, latest ten/ }).getByRole('listitem')).toHaveCount(1);
    // MLA-C01 readiness: the readiness method over every MLA-C01-tagged question, in the MLA-C01 weights.
    const answers = await page.evaluate(
      () => (JSON.parse(localStorage.getItem('sg-progress')!) as { answers: Record<string, AnswerRecord> }).answers,
    );
    const tagged = [...allQuestions.values()].flatMap((q) => {
      const domain = mlaDomainOf(q.mla);
      return domain === null ? [] : [{ id: q.id, domain, tasks: [] }];
    });
    const weights = new Map(Object.entries(def.weights).map(([d, w]) => [Number(d), w]));
    const readiness = summarizeProgress(tagged, answers, weights).readiness;
    await expect(page.locator('[data-stat="mla-readiness"]')).toHaveText(`${Math.round(readiness * 100)} %`);
  });

  test('an MLS-C01 attempt in progress does not run on the MLA-C01 page, and the hub links both exams', async ({ page }) => {
    await page.goto(PRACTICE.exam);
    await startExam(page);
    await page.goto(PRACTICE.mlaExam);
    await expect(page.getByRole('button', { name: 'Start the exam' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Resume the exam' })).toBeHidden();
    await page.goto(PRACTICE.home);
    await expect(page.getByRole('link', { name: 'MLS-C01 practice exam', exact: true })).toHaveAttribute('href', PRACTICE.exam);
    await expect(page.getByRole('link', { name: 'MLA-C01 practice exam', exact: true })).toHaveAttribute('href', PRACTICE.mlaExam);
  });
});
