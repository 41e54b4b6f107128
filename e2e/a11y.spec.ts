import { answer, colourRules, expect, optionNames, questionForm, searchResults, test } from './fixtures.ts';
import { builtPages, content, pagesByColourKind } from './site.ts';

// Each visit would otherwise install the service worker and precache the whole site in the background.
// axe injects its script into every frame, which the site's Content-Security-Policy (sent by
// scripts/serve.ts) blocks, so the files that run axe bypass the policy; csp.spec.ts proves every
// feature runs under it.
test.use({ serviceWorkers: 'block', bypassCSP: true });

// The light pass runs every rule on every page. The dark pass runs the rules whose outcome depends on
// colours, on one page of each kind of content (site.ts: the same components are styled by the same
// rules), which the light pass has already checked in full.
const pagesFor = { light: builtPages(), dark: pagesByColourKind() };
// Parts per theme: on a loaded machine (load 19 on 2 cores) a quarter of the pages took over 6 min.
const chunksFor = { light: 8, dark: 2 };

for (const theme of ['light', 'dark'] as const) {
  const pages = pagesFor[theme];
  const chunks = chunksFor[theme];
  test.describe(`axe, ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
    });

    for (let chunk = 0; chunk < chunks; chunk++) {
      test(`axe: every page, ${theme} theme (part ${chunk + 1} of ${chunks})`, async ({ page, axe }) => {
        // About a minute on an idle 2-core machine; a loaded one may take four times that.
        test.setTimeout(360_000);
        const found: string[] = [];
        for (const path of pages.filter((_, i) => i % chunks === chunk)) {
          await page.goto(path);
          // The light pass runs every rule; the dark pass only those whose outcome depends on colours.
          const violations = await axe.violations(theme === 'dark' ? { rules: colourRules } : {});
          found.push(...violations.map((v) => `${path} ${v}`));
        }
        expect(found).toEqual([]);
      });
    }

    test(`axe: a quiz after checking, and the open search dialog, ${theme} theme`, async ({ page, axe }) => {
      const q = content.questions.find((x) => x.data.type === 'single')!.data;
      await page.goto(`/${q.page}/`);
      const form = questionForm(page, q.id);
      await answer(form, await optionNames(q.id, [q.options.find((o) => !o.correct)!.id]));
      // The result line has no role of its own: a paragraph that takes focus.
      await expect(form.locator('.sg-question-result')).toContainText('Incorrect');
      expect(await axe.violations()).toEqual([]);

      await page.keyboard.press('Control+k');
      await page.getByRole('searchbox').fill('SageMaker');
      await expect(searchResults(page).getByRole('link').first()).toBeVisible();
      expect(await axe.violations()).toEqual([]);
    });
  });
}
