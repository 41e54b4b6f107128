import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { content } from './site.ts';

const ready = 'Available offline';

async function waitUntilOfflineReady(page: Page) {
  await expect(page.locator('[data-sg-offline]')).toContainText(ready, { timeout: 60_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit the guide works offline: pages, search, quizzes and saved answers', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitUntilOfflineReady(page);
  await context.setOffline(true);

  const quizQuestion = content.questions[0]!.data;
  const otherPage = content.pages.find((p) => p.id !== quizQuestion.page && p.id.startsWith('modeling/'))!;
  await page.goto(`/${otherPage.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherPage.data.title);

  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox').fill('Firehose');
  await expect(page.locator('pagefind-results a').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto(`/${quizQuestion.page}/`);
  const form = page.locator(`form[data-question="${quizQuestion.id}"]`);
  for (const o of quizQuestion.options) if (o.correct) await form.locator(`input[value="${o.id}"]`).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.locator('.sg-question-result')).toContainText('Correct.');
  await page.reload();
  await expect(page.locator(`form[data-question="${quizQuestion.id}"] .sg-question-result`)).toContainText('Correct.');

  const missing = await page.goto('/no-such-page/');
  expect(missing?.ok() === false || (await page.getByRole('heading', { level: 1 }).textContent()) === 'Page not found').toBe(true);
});

test('after a redeploy with changed content, the new version is offered and takes over whole', async ({ page, context }) => {
  test.setTimeout(120_000);
  // A deployment of its own: a copy of dist/ served on another port, which the test then redeploys.
  const root = mkdtempSync(join(tmpdir(), 'sg-deploy-'));
  cpSync('dist', root, { recursive: true });
  const port = 4335 + test.info().workerIndex;
  const server = spawn(process.execPath, ['scripts/serve.ts', root], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  try {
    const site = `http://127.0.0.1:${port}`;
    await expect.poll(async () => (await fetch(`${site}/`).catch(() => undefined))?.ok, { timeout: 10_000 }).toBe(true);
    await page.goto(`${site}/`);
    await waitUntilOfflineReady(page);

    // Redeploy: the home page's text changes, so the build writes a service worker of a new version.
    const sw = readFileSync(join(root, 'sw.js'), 'utf8');
    writeFileSync(join(root, 'sw.js'), sw.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
    const home = readFileSync(join(root, 'index.html'), 'utf8');
    writeFileSync(join(root, 'index.html'), home.replace('<h1>', '<h1 data-version="next">'));

    await page.reload();
    // Until the reader switches, the old version keeps serving every page.
    await expect(page.locator('h1[data-version="next"]')).toHaveCount(0);
    const line = page.locator('[data-sg-offline]');
    await expect(line).toContainText('A new version of the guide is ready', { timeout: 60_000 });
    await line.getByRole('button', { name: 'Switch to the new version' }).click();
    await expect(page.locator('h1[data-version="next"]')).toHaveCount(1, { timeout: 30_000 });

    // The rest comes from the new version's complete cache, offline too, and the old cache is gone.
    await context.setOffline(true);
    const other = content.pages[0]!;
    await page.goto(`${site}/${other.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.data.title);
    const names = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('sg-')));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/-next$/);
  } finally {
    server.kill();
  }
});
