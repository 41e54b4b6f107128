import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, reach, test } from './fixtures.ts';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../src/lib/build/headers.ts';
import { PRACTICE } from '../src/lib/urls.ts';
import { builtHtml, builtPages, content } from './site.ts';

/** The first guide page whose MDX has every one of `parts`. */
const pageWith = (...parts: string[]) => {
  const found = content.pages.find((p) => {
    const source = readFileSync(p.file, 'utf8');
    return parts.every((part) => source.includes(part));
  });
  if (!found) throw new Error(`no page has all of ${parts.join(', ')}`);
  return `/${found.id}/`;
};

/** Every CSP violation the page reports, as the browser's event and as its console error. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('sgReportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { sgReportViolation: (t: string) => void }).sgReportViolation(
        `${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

test.describe('strict Content Security Policy', () => {
  test("no built page has an inline script that would need more than script-src 'self'", () => {
    const offenders = builtPages().filter((path) =>
      [...builtHtml(path).matchAll(/<script\b([^>]*)>/g)].some(
        ([, attrs = '']) => !/\bsrc=/.test(attrs) && !/type="application\/json"/.test(attrs),
      ),
    );
    expect(offenders).toEqual([]);
  });

  test('every feature runs under the CSP the server sends, with no violation', async ({ page }) => {
    test.setTimeout(120_000);
    const violations = await watchViolations(page);

    const home = await page.goto('/');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(home?.headers()[name.toLowerCase()], name).toBe(value);
    expect(home?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.locator('sg-theme-toggle button').first().click();

    // Search: the dialog, Pagefind's WebAssembly engine and its results.
    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox').fill('Firehose');
    await expect(page.locator('pagefind-results a').first()).toBeVisible();
    await page.keyboard.press('Escape');

    // A guide page with a quiz, a calculator and formulas: check an answer and type into the calculator.
    await page.goto(pageWith('<Quiz', '<Calculator', '$$'));
    await expect(page.locator('.katex').first()).toBeVisible();
    const form = await reach(page.locator('form[data-question]').first());
    await form.locator('input').first().check();
    await form.getByRole('button', { name: 'Check' }).click();
    await expect(form.locator('.sg-question-result')).not.toBeEmpty();
    await page.locator('sg-calculator input[type="number"]').first().fill('7');

    // A decision tree: take its first step.
    await page.goto(pageWith('<DecisionTree'));
    await reach(page.locator('sg-tree').first());
    await page.locator('sg-tree .sg-tree-stage button').first().click();
    await expect(page.locator('sg-tree .sg-tree-question, sg-tree .sg-tree-recommendation').first()).toBeVisible();

    // A data table: sort it.
    await page.goto(pageWith('<DataTable'));
    await reach(page.locator('sg-data-table').first());
    await page.locator('sg-data-table th button').first().click();
    await expect(page.locator('sg-data-table th[aria-sort]').first()).toBeVisible();

    // The practice exam, started, and the progress page.
    await page.goto(PRACTICE.exam);
    await page.getByRole('button', { name: 'Start the exam' }).click();
    await expect(page.locator('[data-q-heading]')).toHaveText(/^Question 1 of \d+$/);
    await page.goto(PRACTICE.progress);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    expect(violations).toEqual([]);
  });
});
