import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { content } from './site.ts';

test('the site makes no request to any other host', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      foreign.push(url);
      return route.abort();
    }
    return route.continue();
  });
  const mathPage = content.pages.find((p) => /\$\$/.test(readFileSync(p.file, 'utf8')))!;
  const quizPage = content.questions[0]!.data.page;
  for (const path of ['/', '/no-such-page/', `/${mathPage.id}/`, `/${quizPage}/`]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox').fill('Kinesis');
  await expect(page.locator('pagefind-results a').first()).toBeVisible();
  await page.keyboard.press('Escape');
  const question = page.locator('form.sg-question').first();
  await question.locator('input').first().check();
  await question.getByRole('button', { name: 'Check' }).click();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});
