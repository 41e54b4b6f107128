/**
 * The rendered boxes of a page's formulas, to compare two builds: for each formula whose visual half
 * sits on one line, its size and the box of every run of glyphs in it, relative to the formula, in
 * CSS pixels rounded to 1/100. A glyph drawn by another font than before (a fallback, a subset that
 * lost it) changes its run's width and moves every run after it. Answer keys are opened first, so
 * formulas in explanations count too. `scripts/record-formula-boxes.ts` records a baseline with it,
 * `e2e/formula-fonts.spec.ts` compares the current build with that baseline.
 */
import type { Page } from '@playwright/test';

/** Pages whose formulas the baseline records: the heaviest formula pages and the heaviest table page. */
export const BOX_PAGES = [
  '/modeling/evaluation-metrics/',
  '/reference/formula-sheet/',
  '/modeling/regularization-and-neural-networks/',
  '/exploratory-data-analysis/descriptive-statistics/',
  '/reference/glossary/',
];

export interface FormulaBoxes {
  /** `display` or `inline`, then the formula's TeX: `inline:x + 1`. */
  key: string;
  /** Width and height of the formula, then `left,top,width,height` of each glyph run. */
  boxes: string;
}

/** Waits for every font the page uses, then returns each one-line formula's boxes, first occurrence of each TeX. */
export async function formulaBoxes(page: Page): Promise<FormulaBoxes[]> {
  return page.evaluate(async () => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    await document.fonts.ready;
    await Promise.all([...document.fonts].filter((f) => f.status === 'loading').map((f) => f.loaded.catch(() => undefined)));
    const r = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
    const seen = new Set<string>();
    const out: { key: string; boxes: string }[] = [];
    for (const formula of document.querySelectorAll<HTMLElement>('.katex')) {
      const html = formula.querySelector<HTMLElement>('.katex-html');
      const tex = formula.querySelector('annotation[encoding="application/x-tex"]')?.textContent?.trim();
      if (!html || !tex || html.getClientRects().length !== 1) continue;
      const key = `${formula.closest('.katex-display') ? 'display' : 'inline'}:${tex}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const origin = html.getBoundingClientRect();
      const runs: string[] = [`${r(origin.width)},${r(origin.height)}`];
      const walker = document.createTreeWalker(html, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const b = range.getBoundingClientRect();
        runs.push([b.left - origin.left, b.top - origin.top, b.width, b.height].map(r).join(','));
      }
      out.push({ key, boxes: runs.join(' ') });
    }
    return out;
  });
}
