import { expect, test } from './fixtures.ts';
import { builtHtml, builtPages } from './site.ts';

/** The page's markup without scripts, styles and SVG, where text can only be what a reader sees. */
const readable = (path: string): string => builtHtml(path).replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '');

test.describe('copy a reader sees', () => {
  // A line break between a word and an inline element is dropped by the Astro compiler, so
  // "and\n<strong>AWS" renders as "andAWS"; templates write {" "} where the space matters.
  test('no word runs into a link or emphasis on any built page', () => {
    const joined = builtPages().flatMap((path) =>
      [...readable(path).matchAll(/[A-Za-z,;:]<(a|strong|em|b|i)\b[^>]*>[A-Za-z(]|<\/(a|strong|em|b|i)>[A-Za-z(]/g)].map(
        (m) => `${path}: …${readable(path).slice(Math.max(0, m.index - 30), m.index + 30)}…`,
      ),
    );
    expect(joined).toEqual([]);
  });

  test('no research note reaches the reader ("we could not", "not retrievable")', () => {
    const notes = builtPages().filter((path) =>
      /we could not|not retrievable|could not be retrieved/i.test(readable(path).replace(/<[^>]+>/g, ' ')),
    );
    expect(notes).toEqual([]);
  });
});

test.describe('inline code on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  // Pages whose tables hold the longest code: hyperparameter names, objectives, instance types.
  for (const path of ['/modeling/algorithms/xgboost/', '/modeling/algorithms/linear-learner/', '/reference/glossary/']) {
    test(`code in the tables of ${path} wraps only after _ . : / = - or a space, or inside CamelCase`, async ({ page }) => {
      await page.goto(path);
      const code = page.locator('.sg-content table code').first();
      await expect(code).toHaveCSS('font-family', /monospace/);
      // Tables far from the viewport skip layout (content-visibility: auto), as they do for a reader
      // until they scroll near; each table is scrolled into view before its code is measured.
      const wordBreaks = await page.evaluate(async () => {
        const found: string[] = [];
        for (const wrap of document.querySelectorAll<HTMLElement>('.sg-content .sg-table-wrap')) {
          wrap.scrollIntoView();
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          for (const code of wrap.querySelectorAll('table code')) {
            const text = code.textContent ?? '';
            const range = document.createRange();
            const tops: number[] = [];
            const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (let i = 0; i < (node.textContent ?? '').length; i += 1) {
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                tops.push(range.getBoundingClientRect().top);
              }
            }
            tops.forEach((top, i) => {
              if (
                i > 0 &&
                top > tops[i - 1]! + 4 &&
                !/[_.:/=\s-]/.test(text[i - 1]!) &&
                !/\s/.test(text[i]!) &&
                !/[a-z][A-Z]/.test(text.slice(i - 1, i + 1))
              )
                found.push(`${text.slice(0, i)}|${text.slice(i)}`);
            });
          }
        }
        return found;
      });
      expect(wordBreaks).toEqual([]);
    });
  }
});

test.describe('code blocks', () => {
  test('a code block names its language and its Copy button copies the code as written', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/modeling/training-on-sagemaker/');
    const figure = page.locator('figure.sg-code', { hasText: 'Python' }).first();
    await expect(figure.locator('figcaption')).toContainText('Python');
    const code = (await figure.locator('pre').textContent())!;
    await figure.getByRole('button', { name: 'Copy' }).click();
    await expect(figure.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expect(page.locator('#sg-announcer')).toHaveText('Code copied to the clipboard.');
  });
});
