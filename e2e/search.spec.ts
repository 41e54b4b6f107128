import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, searchResults, searchSummary, test } from './fixtures.ts';
import { content } from './site.ts';

async function openSearch(page: Page) {
  await page.keyboard.press('Control+k');
  const input = page.getByRole('searchbox');
  await expect(input).toBeFocused();
  return input;
}

test.describe('search', () => {
  test('search by keyboard alone finds a page by a service or algorithm name and opens it', async ({ page }) => {
    const target = content.pages.find((p) => p.data.kind === 'algorithm') ?? content.pages[0]!;
    await page.goto('/');
    await page.keyboard.type(''); // focus stays on the page body
    const input = await openSearch(page);
    await page.keyboard.type(target.data.title.split(/[:(]/)[0]!.trim());
    const first = searchResults(page).getByRole('link').first();
    await expect(first).toBeVisible();
    const results = searchResults(page).getByRole('listitem');
    await expect(results.first()).toContainText(target.data.title);
    await expect(input).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${target.id}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.data.title);
  });

  test('results do not reshuffle while they load: the first result seen is the final first result', async ({ page }) => {
    await page.goto('/');
    await openSearch(page);
    // Every first result the reader could see (results not held back), in order.
    await page.evaluate(() => {
      const results = document.querySelector('pagefind-results')!;
      const seen: string[] = ((window as unknown as { seenFirst: string[] }).seenFirst = []);
      new MutationObserver(() => {
        const first = results.querySelector('a')?.textContent?.trim();
        if (first && !results.hasAttribute('data-sg-settling') && seen.at(-1) !== first) seen.push(first);
      }).observe(results, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    // One input event: the query is complete at once, so every list shown is a list for it.
    await page.getByRole('searchbox').fill('kinesis firehose');
    await expect(searchSummary(page)).toHaveText(/results? for kinesis firehose/);
    const first = searchResults(page).getByRole('link').first();
    await expect(first).toBeVisible();
    const final = (await first.textContent())!.trim();
    expect(await page.evaluate(() => (window as unknown as { seenFirst: string[] }).seenFirst)).toEqual([final]);
    // A page drill repeats its page's title; it is left out of search so it never outranks the page.
    const hrefs = await searchResults(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => href.includes('/practice/drills/page-'))).toEqual([]);
  });

  test('the search button opens the dialog; results show excerpts with the match highlighted', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Search/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.getByRole('searchbox').fill('Firehose');
    // By tag: getByRole has no `mark` role.
    const mark = searchResults(page).locator('mark').first();
    await expect(mark).toBeVisible();
    await expect(mark).toHaveText(/firehose/i);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByRole('button', { name: /Search/ })).toBeFocused();
  });

  test('results can be filtered by domain', async ({ page }) => {
    await page.goto('/');
    await openSearch(page);
    await page.keyboard.type('data');
    await expect(searchResults(page).getByRole('link').first()).toBeVisible();
    const before = await searchSummary(page).textContent();
    // Pagefind's filter disclosure: its summary has no role or name to find it by.
    await page.locator('pagefind-filter-pane summary', { hasText: 'Domain' }).click();
    await page
      .getByRole('group', { name: 'Domain' })
      .getByRole('checkbox', { name: /Domain 3/ })
      .check();
    await expect(searchSummary(page)).not.toHaveText(before!);
    // Every link of every result, sub-results included.
    const hrefs = await searchResults(page)
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/modeling\//);
  });

  test('answer explanations are not in the search index', async ({ page }) => {
    const bodies = content.pages.map((p) => p.data.title.toLowerCase()).join(' ');
    const pageText = content.pages.map((p) => readFileSync(p.file, 'utf8').toLowerCase()).join(' ') + bodies;
    // A phrase of four words that appears in an explanation but nowhere in a page.
    let phrase: string | undefined;
    for (const q of content.questions) {
      for (const o of q.data.options) {
        const words = o.explanation.toLowerCase().match(/[a-z]{4,}/g) ?? [];
        for (let i = 0; i + 4 <= words.length && !phrase; i++) {
          const candidate = words.slice(i, i + 4).join(' ');
          if (!pageText.includes(candidate) && !pageText.includes(words.slice(i, i + 2).join(' '))) phrase = candidate;
        }
      }
      if (phrase) break;
    }
    expect(phrase).toBeDefined();
    await page.goto('/');
    await openSearch(page);
    await page.keyboard.type(`"${phrase}"`);
    await expect(searchSummary(page)).toContainText(/No results/i);
  });

  test('opening a result highlights the searched term on the page', async ({ page }) => {
    await page.goto('/');
    await openSearch(page);
    await page.keyboard.type('hyperband');
    const first = searchResults(page).getByRole('link').first();
    await expect(first).toBeVisible();
    await first.click();
    await expect(page).toHaveURL(/highlight=hyperband/);
    // The highlight sg-search adds, told from marks the page's authors wrote by its class.
    const highlight = page.locator('mark.pagefind-highlight').first();
    await expect(highlight).toBeVisible();
    await expect(highlight).toHaveText(/hyperband/i);
  });

  test('former names and acronyms find the canonical page in the dialog', async ({ page }) => {
    for (const [query, path] of [
      ['Kinesis Data Firehose', '/data-engineering/streaming-ingestion/'],
      ['RCF', '/modeling/algorithms/random-cut-forest/'],
    ] as const) {
      // A fresh page per query: this test is about ranking, not about reopening the dialog.
      await page.goto('/');
      await openSearch(page);
      await page.getByRole('searchbox').fill(query);
      await expect(searchResults(page).getByRole('listitem').first().getByRole('link').first()).toHaveAttribute(
        'href',
        new RegExp(`^${path}`),
      );
    }
  });
});
