/**
 * Loads a page in `context` (a fresh one, with service workers blocked, so the visit is a first one)
 * and returns what it received (src/lib/build/page-weight.ts): every response until the page has
 * loaded, its fonts are ready and the network is idle. Used by the budget test and by `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { pageWeight, type PageWeight, type Received } from '../src/lib/build/page-weight.ts';

export async function measurePage(context: BrowserContext, url: string): Promise<PageWeight> {
  const page = await context.newPage();
  try {
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
    // `load` first: on a busy machine the parser can still be at work on a long page while the
    // network is idle, before it meets the module scripts at the end of the body.
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    return pageWeight(await Promise.all(pending), (body) => gzipSync(body, { level: 6 }).length);
  } finally {
    await page.close();
  }
}
