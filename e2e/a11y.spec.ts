import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { builtPages, content } from './site.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The rules whose outcome depends on colours. The DOM is the same in both themes, so the dark pass
 * runs these and the light pass runs everything.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

// Each visit would otherwise install the service worker and precache the whole site in the background.
test.use({ serviceWorkers: 'block' });

async function violations(page: Page, theme: 'light' | 'dark' = 'light'): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(tags);
  if (theme === 'dark') builder.withRules(colourRules);
  const results = await builder.analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')})`,
  );
}

const pages = builtPages();
const chunks = 4;

for (const theme of ['light', 'dark'] as const) {
  for (let chunk = 0; chunk < chunks; chunk++) {
    test(`axe: every page, ${theme} theme (part ${chunk + 1} of ${chunks})`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: theme });
      const found: string[] = [];
      for (const path of pages.filter((_, i) => i % chunks === chunk)) {
        await page.goto(path);
        found.push(...(await violations(page, theme)).map((v) => `${path} ${v}`));
      }
      expect(found).toEqual([]);
    });
  }

  test(`axe: a quiz after checking, and the open search dialog, ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const q = content.questions.find((x) => x.data.type === 'single')!.data;
    await page.goto(`/${q.page}/`);
    const form = page.locator(`form[data-question="${q.id}"]`);
    await form.locator(`input[value="${q.options.find((o) => !o.correct)!.id}"]`).check();
    await form.getByRole('button', { name: 'Check' }).click();
    await expect(form.locator('.sg-question-result')).toContainText('Incorrect');
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox').fill('SageMaker');
    await expect(page.locator('pagefind-results a').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
