import { readFileSync } from 'node:fs';
import { answer, expect, optionNames, questionForm, searchResults, test } from './fixtures.ts';
import { content } from './site.ts';

test.describe('privacy', () => {
  // Every test fails on a request to another host (fixtures.ts); this one visits what would make one.
  test('the site makes no request to any other host', async ({ page, foreignRequests }) => {
    const mathPage = content.pages.find((p) => /\$\$/.test(readFileSync(p.file, 'utf8')))!;
    const quizQuestion = content.questions[0]!.data;
    for (const path of ['/', '/no-such-page/', `/${mathPage.id}/`, `/${quizQuestion.page}/`]) {
      await page.goto(path);
      // Network idle, not a visible state: late requests (fonts, lazy scripts) are what this test is after.
      await page.waitForLoadState('networkidle');
    }
    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox').fill('Kinesis');
    await expect(searchResults(page).getByRole('link').first()).toBeVisible();
    await page.keyboard.press('Escape');
    const question = questionForm(page, quizQuestion.id);
    await answer(question, await optionNames(quizQuestion.id, [quizQuestion.options[0]!.id]));
    await expect(question.locator('.sg-question-result')).toContainText(/Correct|Incorrect/);
    await page.waitForLoadState('networkidle');
    expect(foreignRequests).toEqual([]);
  });
});
