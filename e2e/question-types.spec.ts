/**
 * MLA-C01's ordering and matching questions and its case studies in a browser: answered by keyboard
 * only in a page's quiz, scored all or nothing with the result announced and every step or pair
 * marked in words; readable with JavaScript off (the steps, prompts and responses, and the answer
 * key with an explanation per step or pair); a case study's scenario above each of its questions in
 * the inline quiz and in the MLA-C01 practice exam. Questions and expectations come from content/.
 */
import type { Page } from '@playwright/test';
import { mlaExamDefinition } from '../src/lib/exam/exam-definition.ts';
import { correctAnswer } from '../src/lib/questions/item-answer.ts';
import { PAGE_QUIZ_SIZE } from '../src/lib/practice/page-quiz.ts';
import { PRACTICE } from '../src/lib/urls.ts';
import { announcer, chooseItems, expect, itemSelect, itemText, questionForm, reach, test } from './fixtures.ts';
import { answerByKeyboard, answerGroup, currentQuestion, pressButton, questionHeading, wrongItems } from './practice-helpers.ts';
import { content } from './site.ts';

// axe injects its script into every frame, which the site's Content-Security-Policy blocks, so the
// files that run axe bypass it; csp.spec.ts proves every feature runs under it.
test.use({ bypassCSP: true });

type QuestionData = (typeof content.questions)[number]['data'];
const sorted = content.questions.map((q) => q.data).sort((a, b) => a.id.localeCompare(b.id));

/** True when the page's own quiz (`<Quiz />`, its first PAGE_QUIZ_SIZE questions by id) shows `q`. */
function inPageQuiz(q: QuestionData): boolean {
  const page = content.pages.find((p) => p.id === q.page);
  if (!page) return false;
  const onPage = sorted.filter((other) => other.page === q.page);
  return onPage.indexOf(q) < PAGE_QUIZ_SIZE;
}

const ordering = sorted.find((q) => q.type === 'ordering' && !q.case && inPageQuiz(q))!;
const matching = sorted.find((q) => q.type === 'matching' && !q.case && inPageQuiz(q))!;
const caseQuestion = sorted.find((q) => q.case && inPageQuiz(q))!;
const caseOf = (q: QuestionData) => content.caseStudies.find((c) => c.data.id === q.case)!.data;

const stored = (page: Page) =>
  page.evaluate(
    () => JSON.parse(localStorage.getItem('sg-progress') ?? 'null') as { answers: Record<string, { chosen: string[]; correct: boolean }> },
  );

test.describe('ordering and matching questions in a page quiz', () => {
  test('content gives each type a question that a page quiz shows, and a case study whose question it shows', () => {
    expect(ordering, 'an ordering question in a page quiz').toBeDefined();
    expect(matching, 'a matching question in a page quiz').toBeDefined();
    expect(caseQuestion, 'a case-study question in a page quiz').toBeDefined();
  });

  test('an ordering question answered by keyboard only scores nothing for one misplaced pair, then all for the right order', async ({
    page,
  }) => {
    await page.goto(`/${ordering.page}/`);
    const form = await reach(questionForm(page, ordering.id));
    await expect(form.getByRole('group', { name: /\(Put the steps in order\.\)/ })).toBeVisible();
    const check = form.getByRole('button', { name: 'Check', exact: true });
    await expect(check).toHaveAttribute('aria-disabled', 'true');
    await expect(check).toHaveAccessibleDescription(
      `0 of ${ordering.steps.length} placed. Give ${ordering.steps.length} more steps a position to check your answer.`,
    );

    // Every step but one placed: Check says what is missing, by voice too.
    const right = correctAnswer(ordering);
    const wrong = wrongItems(right);
    await chooseItems(form, ordering.id, wrong.slice(0, -1));
    await expect(announcer(page)).toHaveText(
      `${ordering.steps.length - 1} of ${ordering.steps.length} placed. Give 1 more step a position to check your answer.`,
    );
    await chooseItems(form, ordering.id, wrong.slice(-1));
    await check.focus();
    await page.keyboard.press('Enter');
    // Two steps swapped, the rest right: the answer scores nothing.
    const result = form.locator('.sg-question-result');
    await expect(result).toContainText('Incorrect: 2 steps are in the wrong place, and every one must be right to score.');
    await expect(announcer(page)).toContainText('Incorrect: 2 steps are in the wrong place');
    await expect(form.getByRole('button', { name: 'Try again' })).toBeFocused();
    await expect(form.locator('[data-item][data-mark="wrong"]')).toHaveCount(2);
    await expect(form.locator('[data-item][data-mark="hit"]')).toHaveCount(ordering.steps.length - 2);
    await expect(form.locator('[data-item][data-mark="wrong"] .sg-item-mark').first()).toHaveText(
      /^✗ You put it \d(st|nd|rd|th); it goes \d(st|nd|rd|th)$/,
    );
    await expect(form.locator('.sg-key')).toHaveAttribute('open', '');
    await expect(form.locator('.sg-explanations > li')).toHaveCount(ordering.steps.length);
    const saved = (await stored(page)).answers[ordering.id]!;
    expect([[...saved.chosen].sort(), saved.correct]).toEqual([[...wrong].sort(), false]);

    await page.keyboard.press('Enter');
    await expect(announcer(page)).toHaveText('Question reset. Choose your answer again.');
    await expect(await itemSelect(form, ordering.id, ordering.steps[0]!.id)).toHaveValue('');
    await chooseItems(form, ordering.id, right);
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(result).toHaveText('Correct. The explanations follow.');
    await expect(announcer(page)).toHaveText('Correct. Explanations are shown below the question.');
    await expect(form.locator('[data-item][data-mark="hit"] .sg-item-mark')).toHaveText(ordering.steps.map(() => '✓ Right position'));
    expect((await stored(page)).answers[ordering.id]).toMatchObject({ correct: true });
  });

  test('an ordering question refuses one position given to two steps', async ({ page }) => {
    await page.goto(`/${ordering.page}/`);
    const form = await reach(questionForm(page, ordering.id));
    const same = ordering.steps.map((s) => `${s.id}=1`);
    await chooseItems(form, ordering.id, same);
    await expect(announcer(page)).toHaveText(
      `${ordering.steps.length} of ${ordering.steps.length} placed. Each position takes one step: 1st is given more than once.`,
    );
    await form.getByRole('button', { name: 'Check', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(form.locator('.sg-question-result')).toHaveText('');
  });

  test('a matching question answered by keyboard only scores nothing with one wrong pair, and says which', async ({ page, axe }) => {
    await page.goto(`/${matching.page}/`);
    const form = await reach(questionForm(page, matching.id));
    await expect(form.getByRole('group', { name: /\(Match each prompt to a response\.\)/ })).toBeVisible();
    // Every response is listed once, in words, and offered in every prompt's select.
    for (const r of matching.responses) await expect(form.locator('.sg-responses')).toContainText(r.text);
    const firstSelect = await itemSelect(form, matching.id, matching.prompts[0]!.id);
    await expect(firstSelect.locator('option')).toHaveCount(matching.responses.length + 1);
    await expect(firstSelect).toHaveAccessibleName('Response for prompt 1');
    await expect(firstSelect).toHaveAccessibleDescription(await itemText(matching.id, matching.prompts[0]!.id));

    const right = correctAnswer(matching);
    const other = matching.responses.find((r) => r.id !== matching.prompts[0]!.answer)!.id;
    const oneWrong = [`${matching.prompts[0]!.id}=${other}`, ...right.slice(1)];
    await chooseItems(form, matching.id, oneWrong);
    await form.getByRole('button', { name: 'Check', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(form.locator('.sg-question-result')).toContainText('Incorrect: 1 match is wrong, and every one must be right to score.');
    await expect(announcer(page)).toContainText('Incorrect: 1 match is wrong');
    await expect(form.locator(`[data-item="${matching.prompts[0]!.id}"] .sg-item-mark`)).toHaveText(
      /^✗ You chose [A-J]; the match is [A-J]$/,
    );
    await expect(form.locator('[data-item][data-mark="hit"]')).toHaveCount(matching.prompts.length - 1);
    await expect(form.locator('.sg-explanations > li')).toHaveCount(matching.prompts.length);
    expect((await stored(page)).answers[matching.id]).toMatchObject({ correct: false });
    await axe.expectNone('a checked matching question in a page quiz');
  });

  test('a case study shows its scenario above its question in the page quiz', async ({ page }) => {
    const scenario = caseOf(caseQuestion);
    await page.goto(`/${caseQuestion.page}/`);
    const form = await reach(questionForm(page, caseQuestion.id));
    const group = form.getByRole('group', { name: `Case study: ${scenario.title}` });
    await expect(group).toContainText(scenario.scenario.split('\n')[0]!.trim());
    // The scenario comes before the question's own stem.
    const [caseTop, stemTop] = await Promise.all([group.boundingBox(), form.locator('.sg-stem').boundingBox()]);
    expect(caseTop!.y).toBeLessThan(stemTop!.y);
  });
});

test.describe('ordering and matching questions in the spaced review', () => {
  test('a matching question answered wrong comes back, is answered by keyboard and marked pair by pair', async ({ page }) => {
    const at = new Date(Date.now() - 86_400_000).toISOString();
    const wrong = wrongItems(correctAnswer(matching));
    await page.goto(PRACTICE.review);
    await page.evaluate(
      ({ id, chosen, at }) => {
        const answers = { [id]: { chosen, correct: false, at, source: 'quiz', attempts: 1, correctAttempts: 0, wrongAt: at } };
        localStorage.setItem('sg-progress', JSON.stringify({ version: 2, answers, cards: {}, exams: [] }));
      },
      { id: matching.id, chosen: wrong, at },
    );
    await page.reload();
    await expect(page.locator('[data-review-form]')).toHaveAttribute('data-question-id', matching.id);
    const group = answerGroup(page);
    await expect(group).toHaveAccessibleName(/\(Match each prompt to a response\.\)/);
    await chooseItems(group, matching.id, correctAnswer(matching));
    await pressButton(page, 'Check');
    await expect(page.locator('[data-r-result]')).toContainText('Correct.');
    await expect(page.locator('[data-r-options] [data-item][data-mark="hit"]')).toHaveCount(matching.prompts.length);
    await expect(page.locator('[data-r-key] .sg-explanations > li')).toHaveCount(matching.prompts.length);
  });
});

test.describe('ordering and matching questions without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('list the steps, the prompts and the responses, and keep the key with an explanation per step or pair', async ({ page }) => {
    await page.goto(`/${ordering.page}/`);
    const form = questionForm(page, ordering.id);
    for (const s of ordering.steps) await expect(form.locator('.sg-items')).toContainText(await itemText(ordering.id, s.id));
    // The steps are never listed in the answer order.
    const listed = await form.locator('[data-item]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.item));
    expect(listed).not.toEqual(ordering.steps.map((s) => s.id));
    const key = form.locator('.sg-key');
    await expect(key).not.toHaveAttribute('open', '');
    await key.getByText('Answer and explanations').click();
    await expect(key.locator('.sg-key-answer')).toContainText('Correct order:');
    await expect(key.locator('.sg-explanations > li')).toHaveCount(ordering.steps.length);

    await page.goto(`/${matching.page}/`);
    const match = questionForm(page, matching.id);
    for (const p of matching.prompts) await expect(match.locator('.sg-items')).toContainText(await itemText(matching.id, p.id));
    for (const r of matching.responses) await expect(match.locator('.sg-responses')).toContainText(r.text);
    await match.getByText('Answer and explanations').click();
    await expect(match.locator('.sg-key-answer')).toContainText('Correct matches: 1 → ');
    await expect(match.locator('.sg-explanations > li')).toHaveCount(matching.prompts.length);

    await page.goto(`/${caseQuestion.page}/`);
    await expect(
      questionForm(page, caseQuestion.id).getByRole('group', { name: `Case study: ${caseOf(caseQuestion).title}` }),
    ).toBeVisible();
  });
});

test.describe('case studies and item questions in the MLA-C01 practice exam', () => {
  test('shows the scenario above each question of a case, takes an ordering answer by keyboard and scores it in the results', async ({
    page,
    axe,
  }) => {
    const def = mlaExamDefinition(content.mlaOutline!);
    // A case one of whose questions is an ordering or matching question.
    const study = content.caseStudies.find((c) => sorted.some((q) => q.case === c.data.id && q.type !== 'single'))!.data;
    const members = sorted.filter((q) => q.case === study.id);
    const item = members.find((q) => q.type === 'ordering' || q.type === 'matching') ?? ordering;
    const questions = [...new Set([...members.map((q) => q.id), item.id])];
    // A running attempt over the case's questions, as the exam stores one.
    await page.goto(PRACTICE.mlaExam);
    await page.evaluate(
      ({ ids, prefix }) => {
        const now = Date.now();
        const attempt = {
          id: `${prefix}${now}`,
          exam: 'MLA-C01',
          startedAt: new Date(now).toISOString(),
          limitMs: 3_600_000,
          elapsedMs: 0,
          questions: ids,
          answers: {},
          flagged: [],
          current: 0,
          seed: 7,
        };
        localStorage.setItem('sg-progress', JSON.stringify({ version: 2, answers: {}, cards: {}, exams: [attempt] }));
      },
      { ids: questions, prefix: def.attemptPrefix },
    );
    await page.reload();
    await pressButton(page, 'Resume the exam');
    for (let i = 0; i < questions.length; i++) {
      await expect(questionHeading(page)).toHaveText(`Question ${i + 1} of ${questions.length}`);
      const id = await currentQuestion(page);
      const q = sorted.find((x) => x.id === id)!;
      const scenario = page.getByRole('group', { name: `Case study: ${study.title}` });
      if (q.case === study.id) await expect(scenario).toContainText(study.scenario.split('\n')[0]!.trim());
      else await expect(scenario).toBeHidden();
      if (id === item.id) {
        await expect(answerGroup(page)).toHaveAccessibleName(/\((Put the steps in order|Match each prompt to a response)\.\)/);
        await answerByKeyboard(page, correctAnswer(item));
        await expect(page.locator('[data-q-count]')).toHaveText(
          new RegExp(`^${correctAnswer(item).length} of ${correctAnswer(item).length} (placed|matched)\\.$`),
        );
        await axe.expectNone('MLA-C01 exam, an ordering or matching question');
      }
      if (i < questions.length - 1) await pressButton(page, 'Next');
    }
    await pressButton(page, 'Review and submit…');
    await pressButton(page, 'Submit the exam');
    await expect(page.getByRole('heading', { name: /^Results/, level: 2 })).toBeFocused();
    await expect(page.locator('[data-summary]')).toContainText(`You answered 1 of ${questions.length} questions correctly`);
    await page.getByRole('radio', { name: /^All questions/ }).check();
    const reviewed = page.locator(`[data-question-id="${item.id}"]`);
    await expect(reviewed.locator('.sg-review-status')).toHaveText('Correct');
    await expect(reviewed.locator('[data-item][data-mark="hit"]')).toHaveCount(correctAnswer(item).length);
    if (item.case) await expect(reviewed.getByRole('group', { name: `Case study: ${study.title}` })).toBeVisible();
  });
});
