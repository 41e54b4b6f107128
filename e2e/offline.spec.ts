import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { writeServiceWorker } from '../src/integrations/offline.ts';
import { DATA, domainDrillSlug, drillHref } from '../src/lib/urls.ts';
import { interact } from './fixtures.ts';
import { content } from './site.ts';

const ready = 'Available offline';

async function waitUntilOfflineReady(page: Page) {
  await interact(page);
  await expect(page.locator('[data-sg-offline]')).toContainText(ready, { timeout: 60_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The URLs the service worker precaches, read from the built sw.js. */
function precachedUrls(root = 'dist'): string[] {
  const files = /const FILES = (\{.*\});/.exec(readFileSync(join(root, 'sw.js'), 'utf8'))?.[1];
  return Object.keys(JSON.parse(files ?? '{}') as Record<string, string>);
}

/** What the worker's cache holds: its URLs' paths. */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('sg-'));
    const requests = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat();
    return requests.map((r) => new URL(r.url).pathname).sort();
  });

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
  // Widgets load their code as they come near (load-when-near.ts): scroll to the quiz as a reader would.
  await form.scrollIntoViewIfNeeded();
  for (const o of quizQuestion.options) if (o.correct) await form.locator(`input[value="${o.id}"]`).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.locator('.sg-question-result')).toContainText('Correct.');
  await page.reload();
  await page.locator(`form[data-question="${quizQuestion.id}"]`).scrollIntoViewIfNeeded();
  await expect(page.locator(`form[data-question="${quizQuestion.id}"] .sg-question-result`)).toContainText('Correct.');

  // Every drill is precached, the domain drills too.
  await page.goto(drillHref(domainDrillSlug(1)));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Drill');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');

  const missing = await page.goto('/no-such-page/');
  expect(missing?.ok() === false || (await page.getByRole('heading', { level: 1 }).textContent()) === 'Page not found').toBe(true);
});

test('a cleared cache is refilled before the footer says "Available offline", and the pages then work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitUntilOfflineReady(page);
  const urls = precachedUrls();
  expect(await cachedPaths(page)).toEqual([...urls].sort());

  // The browser (or the reader) clears the cache storage but keeps the worker.
  await page.evaluate(async () => Promise.all((await caches.keys()).map((k) => caches.delete(k))));
  await page.reload();
  await waitUntilOfflineReady(page);
  expect(await cachedPaths(page)).toEqual([...urls].sort());

  await context.setOffline(true);
  const other = content.pages.find((p) => p.id.startsWith('ml-operations/'))!;
  await page.goto(`/${other.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.data.title);
});

/** A deployment of its own: a copy of dist/ served on another port, cached by the browser for a year like a CDN would. */
async function deployCopy(): Promise<{ root: string; site: string; stop: () => void }> {
  const root = mkdtempSync(join(tmpdir(), 'sg-deploy-'));
  cpSync('dist', root, { recursive: true });
  // Apart from every other engineer's and worker's server: E2E_PORT + 1000, then a step of 10 per worker.
  const port = Number(process.env.E2E_PORT ?? 4322) + 1000 + 10 * test.info().workerIndex;
  const server = spawn(process.execPath, ['scripts/serve.ts', root], {
    env: { ...process.env, PORT: String(port), MAX_AGE: String(365 * 24 * 3600) },
    stdio: 'ignore',
  });
  const site = `http://127.0.0.1:${port}`;
  await expect.poll(async () => (await fetch(`${site}/`).catch(() => undefined))?.ok, { timeout: 10_000 }).toBe(true);
  return { root, site, stop: () => (server.kill(), rmSync(root, { recursive: true, force: true })) };
}

/**
 * A new deployment of the copy, as a rebuild with changed content writes it: the home page, the exam
 * bank and the search index change (Pagefind names its files by hash, so the old index file is gone),
 * and the service worker is written again for the new files.
 */
function redeploy(root: string): void {
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
  edit('index.html', (html) => html.replace('<h1>', '<h1 data-version="next">'));
  edit(DATA.examBank.slice(1), (json) => JSON.stringify({ ...(JSON.parse(json) as object), deployment: 'next' }));
  const entry = JSON.parse(readFileSync(join(root, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  for (const language of Object.values(entry.languages)) {
    const next = `${language.hash}0`;
    renameSync(join(root, `pagefind/pagefind.${language.hash}.pf_meta`), join(root, `pagefind/pagefind.${next}.pf_meta`));
    language.hash = next;
  }
  writeFileSync(join(root, 'pagefind/pagefind-entry.json'), JSON.stringify(entry));
  expect(readdirSync(join(root, 'pagefind')).filter((f) => f.endsWith('.pf_meta'))).toHaveLength(Object.keys(entry.languages).length);
  writeServiceWorker(root);
}

async function searchFinds(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox').fill(query);
  await expect(page.locator('pagefind-results a').first()).toBeVisible();
  await page.keyboard.press('Escape');
}

test('after a redeploy behind a long-lived HTTP cache, the new version is offered and takes over whole, search included', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  const { root, site, stop } = await deployCopy();
  try {
    await page.goto(`${site}/`);
    await waitUntilOfflineReady(page);
    await searchFinds(page, 'Firehose');

    redeploy(root);
    await page.reload();
    // Until the reader switches, the old version keeps serving every page.
    await expect(page.locator('h1[data-version="next"]')).toHaveCount(0);
    const line = page.locator('[data-sg-offline]');
    await interact(page);
    await expect(line).toContainText('A new version of the guide is ready', { timeout: 60_000 });
    await line.getByRole('button', { name: 'Switch to the new version' }).click();
    await expect(page.locator('h1[data-version="next"]')).toHaveCount(1, { timeout: 30_000 });

    // The new version's cache holds the new files, not the browser's cached copies of the old ones.
    const bank = await page.evaluate(
      async (url) => ((await (await caches.match(url))?.json()) as { deployment?: string }).deployment,
      DATA.examBank,
    );
    expect(bank).toBe('next');
    await searchFinds(page, 'Firehose');

    // The rest comes from the new version's complete cache, offline too, and the old cache is gone.
    await context.setOffline(true);
    const other = content.pages[0]!;
    await page.goto(`${site}/${other.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.data.title);
    await searchFinds(page, 'Kinesis');
    const names = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('sg-')));
    expect(names).toHaveLength(1);
    expect(await cachedPaths(page)).toEqual([...precachedUrls(root)].sort());
  } finally {
    stop();
  }
});
