/**
 * Subsets KaTeX's fonts to the glyphs the built site draws, at the end of the build and before the
 * service worker lists its files: every formula of every page and of the pre-rendered question bank
 * (the practice pages render it in the browser) is read from dist/, each KaTeX face is cut down to
 * the characters it draws there (harfbuzz, through subset-font), faces nothing draws are dropped,
 * and KaTeX's stylesheet gets a `unicode-range` per face, so a page downloads only the faces its
 * formulas draw with. Glyph shapes and metrics are KaTeX's own: a formula renders as before.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as hb from 'harfbuzzjs';
import { fromHtml } from 'hast-util-from-html';
import subsetFont from 'subset-font';
import { KATEX_BASE } from '../lib/markdown/katex-assets.ts';
import { collectGlyphs, fontRules, katexFaces, subsetStylesheet, type Glyphs } from '../lib/markdown/katex-fonts.ts';

const katexFontsDir = join(dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css')), 'fonts');

/** Strings of a JSON document that hold KaTeX HTML (the question bank's rendered stems and options). */
function katexStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('katex-html')) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) katexStrings(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) katexStrings(v, out);
  }
  return out;
}

/** The code points of a KaTeX font (its TrueType release, the source of the subset). */
function codePointsOf(ttf: Buffer): Set<number> {
  const face = new hb.Face(new hb.Blob(ttf));
  return new Set(face.collectUnicodes());
}

export interface SubsetReport {
  faces: { file: string; glyphs: number; bytes: number; fullBytes: number }[];
}

/** Subsets the KaTeX fonts of the site built in `root`, rewriting its KaTeX stylesheet. */
export async function subsetKatexFonts(root: string): Promise<SubsetReport> {
  const katexDir = join(root, KATEX_BASE);
  const cssPath = join(katexDir, 'katex.css');
  const css = readFileSync(cssPath, 'utf8');
  const faces = katexFaces(css);
  const rules = fontRules(css);
  const glyphs: Glyphs = new Map();
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (name.startsWith('pagefind')) continue;
    if (name.endsWith('.html')) {
      const html = readFileSync(join(root, name), 'utf8');
      if (html.includes('katex-html')) collectGlyphs(fromHtml(html), faces, rules, glyphs);
    } else if (name.endsWith('.json')) {
      const text = readFileSync(join(root, name), 'utf8');
      if (!text.includes('katex-html')) continue;
      for (const fragment of katexStrings(JSON.parse(text))) collectGlyphs(fromHtml(fragment, { fragment: true }), faces, rules, glyphs);
    }
  }

  const kept = new Map<string, number[]>();
  const report: SubsetReport = { faces: [] };
  for (const face of faces) {
    const target = join(katexDir, face.file);
    const ttf = readFileSync(join(katexFontsDir, face.file.replace(/^fonts\//, '').replace(/\.woff2$/, '.ttf')));
    const inFont = codePointsOf(ttf);
    // Characters the face does not hold were drawn by a fallback font before and still are.
    const codePoints = [...(glyphs.get(face.file) ?? [])].map((ch) => ch.codePointAt(0)!).filter((cp) => inFont.has(cp));
    rmSync(target, { force: true });
    if (codePoints.length === 0) continue;
    codePoints.sort((a, b) => a - b);
    const subset = await subsetFont(ttf, String.fromCodePoint(...codePoints), { targetFormat: 'woff2' });
    writeFileSync(target, subset);
    kept.set(face.file, codePoints);
    report.faces.push({
      file: face.file,
      glyphs: codePoints.length,
      bytes: subset.length,
      fullBytes: readFileSync(join(katexFontsDir, face.file.replace(/^fonts\//, ''))).length,
    });
  }
  writeFileSync(cssPath, subsetStylesheet(css, kept));
  return report;
}

export function katexFonts(): AstroIntegration {
  return {
    name: 'sg:katex-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { faces } = await subsetKatexFonts(fileURLToPath(dir));
        const bytes = faces.reduce((n, f) => n + f.bytes, 0);
        const full = faces.reduce((n, f) => n + f.fullBytes, 0);
        logger.info(
          `KaTeX fonts: ${faces.length} faces subset to the site's glyphs, ${(bytes / 1024).toFixed(1)} KiB (${(full / 1024).toFixed(1)} KiB in full): ` +
            faces.map((f) => `${f.file.replace(/^fonts\/KaTeX_|\.woff2$/g, '')} ${f.glyphs}`).join(', '),
        );
      },
    },
  };
}
