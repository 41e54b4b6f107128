/**
 * KaTeX's fonts are subset per page at build time (src/integrations/katex-fonts.ts). These tests hold
 * that formulas still render as with the full fonts, that no glyph falls back to another font, that a
 * page downloads only the subsets its formulas draw with, and that the offline copy has them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as hb from 'harfbuzzjs';
import { expect, test } from './fixtures.ts';
import { BOX_PAGES, formulaBoxes } from './formula-boxes.ts';
import { builtHtml, builtPages } from './site.ts';
import { KATEX_BASE, woff2Only } from '../src/lib/markdown/katex-assets.ts';
import { katexFaces, matchFace } from '../src/lib/markdown/katex-fonts.ts';

const baseline = JSON.parse(readFileSync('e2e/baselines/formula-boxes.json', 'utf8')) as Record<string, Record<string, string>>;
const katexCssPath = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
const fullCss = woff2Only(readFileSync(katexCssPath, 'utf8'));
const faces = katexFaces(fullCss);
/** The code points each full KaTeX face holds, by its file (`fonts/KaTeX_Main-Regular.woff2`). */
const inFullFont = new Map(
  faces.map((f) => {
    const ttf = readFileSync(join(dirname(katexCssPath), f.file.replace(/\.woff2$/, '.ttf')));
    return [f.file, new Set(new hb.Face(new hb.Blob(ttf)).collectUnicodes())];
  }),
);
const formulaPages = builtPages().filter((path) => builtHtml(path).includes('katex-html'));

/** `U+28-29, U+3D` → the code points it holds. */
function rangeHas(unicodeRange: string, cp: number): boolean {
  return unicodeRange.split(',').some((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return cp >= parseInt(from!, 16) && cp <= parseInt(to ?? from!, 16);
  });
}

/** The `unicode-range` of each face a page's head declares, by family, style and weight. */
function declaredFaces(html: string): { family: string; style: string; weight: number; href: string; range: string }[] {
  return [...html.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => {
    const get = (name: string) => new RegExp(`${name}:([^;]+)`).exec(m[1]!)?.[1] ?? '';
    return {
      family: get('font-family'),
      style: get('font-style'),
      weight: Number(get('font-weight')),
      href: /url\(([^)]+)\)/.exec(m[1]!)![1]!,
      range: get('unicode-range'),
    };
  });
}

test.describe('formula fonts', () => {
  test('formulas lay out exactly as with KaTeX’s full fonts (boxes recorded from the build before subsetting)', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of BOX_PAGES) {
      await page.goto(path);
      const before = baseline[path] ?? {};
      const now = await formulaBoxes(page);
      const compared = now.filter((f) => before[f.key] !== undefined);
      // Pages change; most of the recorded formulas must still be there to compare.
      expect(compared.length, `${path}: formulas still on the page of the ${Object.keys(before).length} recorded`).toBeGreaterThanOrEqual(
        Math.ceil(Object.keys(before).length * 0.8),
      );
      const moved = compared
        .filter((f) => f.boxes !== before[f.key])
        .map((f) => `${path} ${f.key}\n  before ${before[f.key]}\n  now    ${f.boxes}`);
      expect(moved, 'formulas whose glyph boxes changed').toEqual([]);
    }
  });

  test('every glyph of every formula is drawn by a loaded KaTeX face that holds it, never by a fallback font', async ({ page }) => {
    test.setTimeout(240_000);
    expect(formulaPages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const path of formulaPages) {
      await page.goto(path);
      const { runs, loaded } = await page.evaluate(async () => {
        for (const details of document.querySelectorAll('details')) details.open = true;
        await document.fonts.ready;
        await Promise.all([...document.fonts].map((f) => (f.status === 'loading' ? f.loaded.catch(() => f) : f)));
        const runs: { family: string; style: string; weight: number; text: string }[] = [];
        for (const html of document.querySelectorAll('.katex-html')) {
          const walker = document.createTreeWalker(html, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const style = getComputedStyle(node.parentElement!);
            runs.push({
              family: style.fontFamily.split(',')[0]!.trim().replace(/^"|"$/g, ''),
              style: style.fontStyle,
              weight: Number(style.fontWeight),
              text: node.textContent ?? '',
            });
          }
        }
        const loaded = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family}|${f.style}|${f.weight}`);
        return { runs, loaded };
      });
      const declared = declaredFaces(builtHtml(path));
      for (const run of runs) {
        const face = matchFace(faces, { family: run.family, style: run.style === 'italic' ? 'italic' : 'normal', weight: run.weight });
        if (!face) {
          problems.push(`${path}: "${run.text}" is set in ${run.family}, not a KaTeX face`);
          continue;
        }
        const subset = declared.find((d) => d.family === face.family && d.style === face.style && d.weight === face.weight);
        for (const ch of run.text) {
          const cp = ch.codePointAt(0)!;
          // A character the full face lacks fell back before too.
          if (!inFullFont.get(face.file)!.has(cp)) continue;
          if (!subset) problems.push(`${path}: no @font-face for ${face.file}, needed for "${ch}"`);
          else if (!rangeHas(subset.range, cp)) problems.push(`${path}: ${face.file} subset lacks U+${cp.toString(16)} "${ch}"`);
          else if (!loaded.includes(`${face.family}|${face.style}|${face.weight}`)) problems.push(`${path}: ${face.file} did not load`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  test('a page downloads only the font subsets its formulas draw with; a page without formulas no font and no KaTeX CSS', async ({
    page,
  }) => {
    const cases = ['/modeling/evaluation-metrics/', '/reference/glossary/', '/'];
    for (const path of cases) {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      await expect.poll(() => page.evaluate(() => [...document.fonts].some((f) => f.status === 'loading'))).toBe(false);
      page.removeAllListeners('request');
      const declared = declaredFaces(builtHtml(path)).map((d) => d.href);
      const fonts = requested.filter((p) => p.endsWith('.woff2'));
      expect(fonts.sort(), `${path}: fonts downloaded`).toEqual([...declared].sort());
      if (path === '/') {
        expect(declared).toEqual([]);
        expect(requested.filter((p) => p.startsWith(KATEX_BASE))).toEqual([]);
      } else {
        expect(declared.length).toBeGreaterThan(0);
      }
    }
  });

  test('the offline copy precaches every KaTeX file a page links, and the build ships no other', () => {
    const worker = readFileSync('dist/sw.js', 'utf8');
    const files = JSON.parse(/const FILES = (\{.*?\});/.exec(worker)![1]!) as Record<string, string>;
    const linked = new Set<string>();
    for (const path of builtPages()) {
      for (const [, href] of builtHtml(path).matchAll(/(?:href="|url\()(\/katex\/[^")]+)/g)) linked.add(href!);
    }
    expect(linked.size).toBeGreaterThan(formulaPages.length > 0 ? 2 : 0);
    for (const href of linked) expect(files[href], `${href} in sw.js`).toBeDefined();
    const shipped = readdirSync(join('dist', KATEX_BASE), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(css|woff2)$/.test(name))
      .map((name) => `${KATEX_BASE}${name}`);
    expect(
      shipped.filter((href) => !linked.has(href)),
      'KaTeX files no page links',
    ).toEqual([]);
  });
});
