import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fromHtml } from 'hast-util-from-html';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { usedRulesOnly, woff2Only } from './katex-assets.ts';
import {
  collectGlyphs,
  fontFaceHead,
  fontRules,
  katexFaces,
  matchFace,
  rewriteKatexHead,
  unicodeRange,
  withoutFontFaces,
} from './katex-fonts.ts';
import { katexOptions } from './markdown-options.ts';

const css = woff2Only(readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8'));
const faces = katexFaces(css);
const rules = fontRules(css);

/** The characters each face draws in formulas rendered as the site renders them. */
function glyphsOf(...tex: string[]): Record<string, string> {
  const html = tex
    .map((t) => katex.renderToString(t.replace(/^\$\$|\$\$$/g, ''), { ...katexOptions, displayMode: t.startsWith('$$') }))
    .join('');
  const glyphs = collectGlyphs(fromHtml(html, { fragment: true }), faces, rules);
  return Object.fromEntries([...glyphs].map(([file, set]) => [file.replace(/^fonts\/KaTeX_|\.woff2$/g, ''), [...set].sort().join('')]));
}

describe('KaTeX faces and font rules of the real stylesheet', () => {
  it('reads every face, its family, style and weight', () => {
    expect(faces.length).toBe(20);
    expect(faces).toContainEqual({ family: 'KaTeX_Main', style: 'normal', weight: 700, file: 'fonts/KaTeX_Main-Bold.woff2' });
    expect(faces).toContainEqual({ family: 'KaTeX_Math', style: 'italic', weight: 400, file: 'fonts/KaTeX_Math-Italic.woff2' });
  });

  it('reads the font rules, the .katex shorthand included', () => {
    const base = rules.find((r) => r.parts.length === 1 && r.parts[0]!.classes.join() === 'katex');
    expect(base).toMatchObject({ family: 'KaTeX_Main', style: 'normal', weight: 400 });
    expect(rules.some((r) => r.family === 'KaTeX_Size4' && r.parts.at(-1)!.child)).toBe(true);
  });

  it('matches a face as CSS does: a family without an upright face falls back to its italic one', () => {
    expect(matchFace(faces, { family: 'KaTeX_Math', style: 'normal', weight: 400 })?.file).toBe('fonts/KaTeX_Math-Italic.woff2');
    expect(matchFace(faces, { family: 'KaTeX_Size1', style: 'normal', weight: 700 })?.file).toBe('fonts/KaTeX_Size1-Regular.woff2');
    expect(matchFace(faces, { family: 'Times New Roman', style: 'normal', weight: 400 })).toBeUndefined();
  });
});

describe('collectGlyphs', () => {
  it('gives each character of the visible formula to the face that draws it, never the MathML copy', () => {
    expect(glyphsOf('x + 1')).toEqual({ 'Math-Italic': 'x', 'Main-Regular': '+1' });
  });

  it('follows the font commands', () => {
    const g = glyphsOf('\\mathbf{w}', '\\boldsymbol{\\beta}', '\\mathbb{R}', '\\mathrm{d}', '\\text{if }y', '\\mathcal{L}');
    expect(g).toMatchObject({
      'Main-Bold': 'w',
      'Math-BoldItalic': 'β',
      'AMS-Regular': 'R',
      'Math-Italic': 'y',
      'Caligraphic-Regular': 'L',
    });
    // KaTeX writes the space of \text as a no-break space.
    expect(g['Main-Regular']).toBe('dfi\u00a0');
  });

  it('sends large operators and sized delimiters to the Size faces', () => {
    expect(glyphsOf('\\sum_i x_i')['Size1-Regular']).toBe('∑');
    expect(glyphsOf('$$\\sum_i x_i$$')['Size2-Regular']).toBe('∑');
    expect(Object.keys(glyphsOf('\\left( \\frac{a}{b} \\right)')).some((f) => f.startsWith('Size'))).toBe(true);
  });

  it('collects the class names of formulas, their wrappers and their MathML half', () => {
    const classes = new Set<string>();
    const html = katex.renderToString('x', { ...katexOptions, displayMode: true });
    collectGlyphs(fromHtml(`<p class="other">a</p>${html}`, { fragment: true }), faces, rules, new Map(), classes);
    expect(classes).toContain('katex-display');
    expect(classes).toContain('katex-mathml');
    expect(classes).toContain('mathnormal');
    expect(classes).not.toContain('other');
  });
});

describe('the stylesheet and head a page gets', () => {
  it('writes a unicode-range with consecutive code points joined', () => {
    expect(unicodeRange([0x3d, 0x28, 0x29, 0x2212, 0x28])).toBe('U+28-29,U+3D,U+2212');
  });

  it('drops the @font-face rules and the rules whose classes no formula uses', () => {
    const cut = usedRulesOnly(withoutFontFaces(css), new Set(['katex', 'katex-mathml', 'katex-html', 'mord', 'mathnormal']));
    expect(cut).not.toContain('@font-face');
    expect(cut).toContain('.katex .katex-mathml{');
    expect(cut).toContain('.katex .mathnormal{');
    expect(cut).not.toMatch(/\.fbox|\.cancel/);
    const accents = usedRulesOnly(css, new Set(['katex', 'accent', 'accent-body']));
    expect(accents).toContain('.katex .accent .accent-body:not(.accent-full){');
    expect(cut.length).toBeLessThan(css.length / 4);
  });

  it('declares and preloads each subset of the page, and points the stylesheet link at the cut', () => {
    const face = faces.find((f) => f.file === 'fonts/KaTeX_Main-Regular.woff2')!;
    const head = fontFaceHead([{ face, href: '/k/fonts/KaTeX_Main-Regular.abc.woff2', codePoints: [0x78, 0x79] }]);
    expect(head).toBe(
      '<link rel="preload" href="/k/fonts/KaTeX_Main-Regular.abc.woff2" as="font" type="font/woff2" crossorigin>' +
        '<style data-katex-faces>@font-face{font-display:swap;font-family:KaTeX_Main;font-style:normal;font-weight:400;' +
        'src:url(/k/fonts/KaTeX_Main-Regular.abc.woff2) format("woff2");unicode-range:U+78-79}</style>',
    );
    expect(rewriteKatexHead('<head><link rel="stylesheet" href="/k/katex.css"></head>', '/k/katex.css', '/k/katex.1.css', '<x>')).toBe(
      '<head><link rel="stylesheet" href="/k/katex.1.css"><x></head>',
    );
    expect(rewriteKatexHead('<head></head>', '/k/katex.css', '/k/katex.1.css', '<x>')).toBe('<head></head>');
    expect(fontFaceHead([])).toBe('');
  });
});
