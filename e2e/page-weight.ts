/**
 * Loads a page in a fresh context and returns what its first visit received (src/lib/build/page-weight.ts):
 * every response until the network is idle and every font the page uses has loaded. Used by the budget
 * test and by `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { pageWeight, type PageWeight, type Received } from '../src/lib/build/page-weight.ts';

export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const pending: Promise<Received>[] = [];
    page.on('response', (response) => {
      pending.push(
        (async () => ({
          url: response.url(),
          contentType: response.headers()['content-type'] ?? '',
          body: await response.body().catch(() => Buffer.alloc(0)),
        }))(),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    return pageWeight(await Promise.all(pending), (body) => gzipSync(body, { level: 6 }).length);
  } finally {
    await context.close();
  }
}
