import { expect, test } from './fixtures.ts';

// axe injects its script into every frame, which the site's Content-Security-Policy (sent by
// scripts/serve.ts) blocks, so the files that run axe bypass the policy; csp.spec.ts proves every
// feature runs under it.
test.use({ serviceWorkers: 'block', bypassCSP: true });

test.describe('header and highlights in both themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`in the ${theme} theme the theme button shows its own icon and the header icons match on a phone`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('/modeling/evaluation-metrics/');
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await expect(toggle).toHaveAttribute('aria-pressed', String(theme === 'dark'));
      await expect(toggle.locator(theme === 'dark' ? '.sg-icon-moon' : '.sg-icon-sun')).toBeVisible();
      await expect(toggle.locator(theme === 'dark' ? '.sg-icon-sun' : '.sg-icon-moon')).toBeHidden();

      const icons = [page.getByRole('button', { name: 'Menu' }), page.getByRole('button', { name: 'Search' }), toggle];
      const looks = await Promise.all(
        icons.map((button) =>
          button.locator('svg:visible').evaluate((svg) => {
            const box = svg.getBoundingClientRect();
            return `${Math.round(box.width)}×${Math.round(box.height)} ${getComputedStyle(svg).color}`;
          }),
        ),
      );
      expect(new Set(looks).size, looks.join(' | ')).toBe(1);
      for (const button of icons) await expect(button).toBeInViewport({ ratio: 1 });
    });

    test(`in the ${theme} theme a searched term marked on the page keeps AA contrast`, async ({ page, axe }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('/modeling/hyperparameter-tuning/?highlight=hyperband');
      const mark = page.locator('mark.pagefind-highlight').first();
      await expect(mark).toHaveText(/hyperband/i);
      const results = await axe.builder().include('mark.pagefind-highlight').withRules(['color-contrast']).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => n.failureSummary))).toEqual([]);
      expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgb(255, 255, 0)');
    });
  }
});

test.describe('the page chrome loads on the first interaction', () => {
  const chromeLoaded = (page: import('@playwright/test').Page) =>
    page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/_astro/ChromeCode.')));

  test('before any interaction only the loader runs, the buttons are already in place, and a first press is not lost', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/modeling/algorithms/xgboost/');
    await page.waitForLoadState('networkidle');
    // Shown by chrome-loader.ts as the page loads, so nothing moves when their code arrives.
    for (const name of ['Menu', 'Search', 'Dark theme']) await expect(page.getByRole('button', { name })).toBeVisible();
    expect(await chromeLoaded(page)).toBe(false);

    // The shortcut is the first interaction: held until the search element has loaded, then it opens search.
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox')).toBeFocused();
    expect(await chromeLoaded(page)).toBe(true);
    await page.keyboard.press('Escape');

    // A click on the menu button as the first interaction opens the menu.
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await chromeLoaded(page)).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('navigation', { name: 'Guide' }).locator('a[aria-current="page"]')).toBeInViewport();
  });
});
