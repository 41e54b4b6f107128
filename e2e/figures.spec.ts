import { readFileSync } from 'node:fs';
import { SCORED_SAMPLE } from '../src/components/mdx/calculator/samples.ts';
import { CURVES, describePoint, pointPosition, thresholdPoint } from '../src/lib/figures/threshold-curves.ts';
import { matrixAtThreshold } from '../src/lib/widgets/calculators.ts';
import { figureAnchor } from '../src/lib/urls.ts';
import { colourRules, expect, reach, test } from './fixtures.ts';
import { builtHtml, content } from './site.ts';

/** Every `<Figure>` authors wrote, by page, read from the MDX (the ids are the figures' anchors). */
const authored = content.pages
  .map((p) => ({ page: p, ids: [...readFileSync(p.file, 'utf8').matchAll(/<Figure\s+id="([^"]+)"/g)].map((m) => m[1]!) }))
  .filter((p) => p.ids.length > 0);
const figurePages = authored.map((p) => `/${p.page.id}/`);
const confusionPage = content.pages.find((p) => readFileSync(p.file, 'utf8').includes('<Calculator type="confusion"'))!;

test.describe('figures', () => {
  test('at least 30 figures across all four domains, each built as a figure with an SVG image and no script', () => {
    const total = authored.reduce((n, p) => n + p.ids.length, 0);
    expect(total).toBeGreaterThanOrEqual(30);
    expect(new Set(authored.map((p) => p.page.data.domain)).size).toBe(4);
    for (const { page, ids } of authored) {
      const html = builtHtml(`/${page.id}/`);
      for (const id of ids) {
        const start = html.indexOf(`<figure class="sg-figure" id="${figureAnchor(id)}"`);
        expect(start, `${page.id}: figure ${id} is built`).toBeGreaterThan(-1);
        const figure = html.slice(start, html.indexOf('</figure>', start));
        expect(figure, `${page.id}: figure ${id}`).toContain('role="img"');
        expect(figure, `${page.id}: figure ${id} has no script`).not.toMatch(/<script|\son[a-z]+=/i);
      }
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`every figure has its caption as accessible name, a description, a text equivalent, and fits 375 px (${theme} theme)`, async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize({ width: 375, height: 740 });
      await page.emulateMedia({ colorScheme: theme });
      for (const path of figurePages) {
        await page.goto(path);
        const figures = page.locator('figure.sg-figure');
        await expect(figures.first()).toBeVisible();
        for (const figure of await figures.all()) {
          const caption = (await figure.locator('figcaption').innerText()).replace(/^Figure:\s*/, '');
          expect(caption.length, `${path}: caption`).toBeGreaterThan(20);
          const imgs = await figure.getByRole('img').all();
          // A figure with one image is named by its caption; the explorer's two charts each by their own title.
          if (imgs.length === 1) await expect(imgs[0]!).toHaveAccessibleName(caption.replace(/\s*\(illustrative, generated data\)$/, ''));
          for (const img of imgs) {
            const name = await img.evaluate((svg) => svg.querySelector('title')?.textContent ?? '');
            expect(name.length, `${path}: accessible name`).toBeGreaterThan(10);
            await expect(img).toHaveAccessibleName(name);
            await expect(img).toHaveAccessibleDescription(/\w{4,}.*\w{4,}/);
          }
          const words = figure.getByRole('group').filter({ has: page.getByText('The figure in words') });
          await words.locator('summary').click();
          expect((await words.innerText()).length, `${path}: text equivalent of "${caption}"`).toBeGreaterThan(80);
          const box = await figure.boundingBox();
          expect(box!.x + box!.width, `${path}: "${caption}" inside the viewport`).toBeLessThanOrEqual(375);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path}: no horizontal page scroll`).toBeLessThanOrEqual(0);
      }
    });
  }

  test('figures read without JavaScript', async ({ newContext }) => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${confusionPage.id}/`);
    const first = page.locator('figure.sg-figure').first();
    await expect(first.getByRole('img').first()).toBeVisible();
    const at = thresholdPoint(SCORED_SAMPLE, 0.5);
    await expect(page.getByText(describePoint(at))).toBeVisible();
  });

  test('axe passes with the text equivalents open, in both themes', async ({ page, axe }) => {
    // Two long pages, axe four times: minutes on a loaded machine.
    test.setTimeout(600_000);
    for (const path of [figurePages[0]!, `/${confusionPage.id}/`]) {
      await page.goto(path);
      for (const summary of await page.locator('.sg-figure-words > summary').all()) await summary.click();
      await axe.expectNone(`${path}, light, figures open`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await axe.expectNone(`${path}, dark, figures open`, { rules: colourRules });
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
});

test.describe('threshold explorer', () => {
  test('a threshold moved before the calculator has loaded its code still sets the matrix', async ({ page }) => {
    // Hold the calculator's code (it loads as the calculator comes near) until the slider has moved.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/sg-calculator\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/${confusionPage.id}/`);
    const calc = page.getByRole('form', { name: /^Calculator: from a confusion matrix/ });
    const slider = await reach(calc.getByRole('slider', { name: /Threshold/ }));
    await slider.focus();
    await page.keyboard.press('End');
    await expect(slider).toHaveValue('0.95');
    release();
    const m = matrixAtThreshold(SCORED_SAMPLE, 0.95);
    await expect(calc.getByLabel('True positives (TP)')).toHaveValue(String(m.tp));
    await expect(calc.getByLabel('False negatives (FN)')).toHaveValue(String(m.fn));
  });

  test('the threshold slider moves the point on both curves, updates the matrix and the readout, and the URL keeps it', async ({
    page,
  }) => {
    await page.goto(`/${confusionPage.id}/`);
    const calc = page.getByRole('form', { name: /^Calculator: from a confusion matrix/ });
    const slider = calc.getByRole('slider', { name: /Threshold/ });
    const explorer = await reach(calc.locator('sg-roc-explorer'));
    // Before the slider moves, the matrix shows the page's worked example; after, the sample at the threshold.
    const expectAt = async (threshold: number, matrix = true) => {
      const at = thresholdPoint(SCORED_SAMPLE, threshold);
      await expect(explorer.getByText(describePoint(at))).toBeVisible();
      for (const curve of ['roc', 'pr'] as const) {
        const { cx, cy } = pointPosition(CURVES[curve].x(at), CURVES[curve].y(at));
        const point = explorer.locator(`circle[data-point="${curve}"]`);
        await expect(point).toHaveAttribute('cx', String(cx));
        await expect(point).toHaveAttribute('cy', String(cy));
      }
      if (!matrix) return;
      const m = matrixAtThreshold(SCORED_SAMPLE, threshold);
      await expect(calc.getByLabel('True positives (TP)')).toHaveValue(String(m.tp));
      await expect(calc.getByLabel('False positives (FP)')).toHaveValue(String(m.fp));
    };
    await expectAt(0.5, false);

    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveValue('0.35');
    await expectAt(0.35);
    await page.keyboard.press('End');
    await expectAt(0.95);
    await page.keyboard.press('Home');
    await expectAt(0.05);
    await page.keyboard.press('PageUp');
    const value = Number(await slider.inputValue());
    await expectAt(value);

    await page.reload();
    await reach(explorer);
    await expect(slider).toHaveValue(String(value));
    await expectAt(value);
  });
});
