import { expect, test } from './fixtures.ts';

test.use({ serviceWorkers: 'block' });

test.describe('home page', () => {
  test('says the exam status once and offers two paths, each with one first step', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText(/last test day was/)).toHaveCount(1);
    const paths = page.getByRole('region');
    await expect(paths.filter({ has: page.getByRole('heading', { name: 'New to this material' }) })).toBeVisible();
    const mla = paths.filter({ has: page.getByRole('heading', { name: 'Preparing for MLA-C01' }) });
    await mla.getByRole('link', { name: 'What MLA-C01 covers' }).click();
    await expect(page).toHaveURL(/\/exam\/status-and-successors\/#mla-c01-/);
    await expect(page.getByRole('heading', { name: /MLA-C01: AWS Certified Machine Learning Engineer/ })).toBeInViewport();
  });

  for (const viewport of [
    { width: 375, height: 667 },
    { width: 1280, height: 800 },
  ]) {
    test(`at ${viewport.width} px the first step is reachable without hunting: the study plan opens from the home page`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      const first = page.getByRole('link', { name: 'Open the study plan' });
      // On a phone the first step sits within two screens; on a desktop within the first.
      const box = (await first.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height * (viewport.width < 600 ? 2 : 1.2));
      await first.click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(/study plan/i);
    });
  }
});
