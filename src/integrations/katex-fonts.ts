/**
 * Subsets KaTeX's fonts per page at the end of the build, before the search index and the service
 * worker read dist/: every formula of a page (and of the question bank, when the page renders it in
 * the browser from a `data-bank` file) is read from the built HTML, each KaTeX face it draws with is
 * cut down to the characters it draws there (harfbuzz, through subset-font), and the page's head
 * gets those subsets' `@font-face` rules and preloads. KaTeX's shared stylesheet keeps no
 * `@font-face` and only the rules whose classes the site's formulas use, so a page downloads exactly
 * the font bytes its formulas need.
 *
 * Glyph outlines and metrics are KaTeX's own, so a formula lays out exactly as with the full fonts;
 * the TrueType hinting programs are left out (`noHinting`), as web font services do: they are
 * ttfautohint output that today's browsers use at most on Windows, and they were most of the bytes
 * of a small subset. Identical subsets share one content-addressed file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as hb from 'harfbuzzjs';
import { fromHtml } from 'hast-util-from-html';
import subsetFont from 'subset-font';
import { KATEX_BASE, usedRulesOnly } from '../lib/markdown/katex-assets.ts';
import {
  collectGlyphs,
  fontFaceHead,
  fontRules,
  rewriteKatexHead,
  katexFaces,
  katexStrings,
  withoutFontFaces,
  type Glyphs,
  type PageFace,
} from '../lib/markdown/katex-fonts.ts';

const katexFontsDir = join(dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css')), 'fonts');

export interface SubsetReport {
  pages: number;
  /** Distinct subset files written. */
  files: number;
  bytes: number;
}

/** Subsets the KaTeX fonts of the site built in `root`: per-page faces in each page's head, subsets under fonts/. */
export async function subsetKatexFonts(root: string): Promise<SubsetReport> {
  const katexDir = join(root, KATEX_BASE);
  const cssPath = join(katexDir, 'katex.css');
  const stylesheetHref = `${KATEX_BASE}katex.css`;
  const css = readFileSync(cssPath, 'utf8');
  const faces = katexFaces(css);
  const rules = fontRules(css);

  // The full faces the build copied are replaced by the subsets.
  rmSync(join(katexDir, 'fonts'), { recursive: true, force: true });
  mkdirSync(join(katexDir, 'fonts'));
  const classes = new Set<string>();

  const ttfs = new Map<string, { ttf: Buffer; codePoints: Set<number> }>();
  const source = (file: string) => {
    let entry = ttfs.get(file);
    if (!entry) {
      const ttf = readFileSync(join(katexFontsDir, file.replace(/^fonts\//, '').replace(/\.woff2$/, '.ttf')));
      entry = { ttf, codePoints: new Set(new hb.Face(new hb.Blob(ttf)).collectUnicodes()) };
      ttfs.set(file, entry);
    }
    return entry;
  };
  const bankGlyphs = new Map<string, Glyphs>();
  const glyphsOfBank = (href: string): Glyphs => {
    let glyphs = bankGlyphs.get(href);
    if (!glyphs) {
      glyphs = new Map();
      const data: unknown = JSON.parse(readFileSync(join(root, href), 'utf8'));
      for (const fragment of katexStrings(data)) collectGlyphs(fromHtml(fragment, { fragment: true }), faces, rules, glyphs, classes);
      bankGlyphs.set(href, glyphs);
    }
    return glyphs;
  };
  const written = new Map<string, string>();
  let bytes = 0;
  const heads: { path: string; html: string; head: string }[] = [];

  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html') || name.startsWith('pagefind')) continue;
    const path = join(root, name);
    const html = readFileSync(path, 'utf8');
    const glyphs: Glyphs = html.includes('katex-html') ? collectGlyphs(fromHtml(html), faces, rules, new Map(), classes) : new Map();
    for (const [, href] of html.matchAll(/\sdata-bank="(\/[^"]+\.json)"/g)) {
      for (const [file, chars] of glyphsOfBank(href!)) {
        const set = glyphs.get(file) ?? new Set<string>();
        for (const ch of chars) set.add(ch);
        glyphs.set(file, set);
      }
    }
    const linksStylesheet = html.includes(`href="${stylesheetHref}"`);
    if (glyphs.size === 0 && !linksStylesheet) continue;
    if (!linksStylesheet) {
      throw new Error(`${name} has formulas but does not link ${stylesheetHref}: pass math to its layout (src/layouts/Base.astro).`);
    }
    const pageFaces: PageFace[] = [];
    for (const face of faces) {
      const { ttf, codePoints: inFont } = source(face.file);
      if (!glyphs.has(face.file)) continue;
      // Characters the face does not hold were drawn by a fallback font before, and still are. The
      // space stays in every subset: CSS takes an element's line metrics from the first font of its
      // family list whose unicode-range holds U+0020 (CSS Fonts 4, "first available font"), so a face
      // without it would hand the formula's line height to a fallback font.
      const codePoints = [' ', ...glyphs.get(face.file)!]
        .map((ch) => ch.codePointAt(0)!)
        .filter((cp) => inFont.has(cp))
        .filter((cp, i, all) => all.indexOf(cp) === i)
        .sort((a, b) => a - b);
      const key = `${face.file}:${codePoints.join(',')}`;
      let href = written.get(key);
      if (!href) {
        const subset = await subsetFont(ttf, String.fromCodePoint(...codePoints), { targetFormat: 'woff2', noHinting: true });
        const hash = createHash('sha256').update(subset).digest('hex').slice(0, 10);
        const file = face.file.replace(/\.woff2$/, `.${hash}.woff2`);
        writeFileSync(join(katexDir, file), subset);
        bytes += subset.length;
        href = `${KATEX_BASE}${file}`;
        written.set(key, href);
      }
      pageFaces.push({ face, href, codePoints });
    }
    heads.push({ path, html, head: fontFaceHead(pageFaces) });
  }
  // The cut depends on the site's formulas, so its name carries its hash (as the subsets' do).
  const cut = usedRulesOnly(withoutFontFaces(css), classes);
  const cutFile = `katex.${createHash('sha256').update(cut).digest('hex').slice(0, 10)}.css`;
  rmSync(cssPath);
  writeFileSync(join(katexDir, cutFile), cut);
  for (const { path, html, head } of heads) {
    const rewritten = rewriteKatexHead(html, stylesheetHref, `${KATEX_BASE}${cutFile}`, head);
    if (rewritten === html)
      throw new Error(
        `${path}: its link to ${stylesheetHref} is not written as <link rel="stylesheet" href="…">; update rewriteKatexHead().`,
      );
    writeFileSync(path, rewritten);
  }
  return { pages: heads.length, files: written.size, bytes };
}

export function katexFonts(): AstroIntegration {
  return {
    name: 'sg:katex-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // KATEX_FULL_FONTS=1 keeps KaTeX's full fonts and stylesheet: the build that
        // scripts/record-formula-boxes.ts records the formula-box baseline from.
        if (process.env.KATEX_FULL_FONTS) {
          logger.info('KATEX_FULL_FONTS is set: KaTeX keeps its full fonts and stylesheet');
          return;
        }
        const { pages, files, bytes } = await subsetKatexFonts(fileURLToPath(dir));
        logger.info(
          `KaTeX fonts subset per page: ${pages} pages with formulas, ${files} subset files, ${(bytes / 1024).toFixed(1)} KiB in all`,
        );
      },
    },
  };
}
