import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import katex from 'katex';
import { afterEach, describe, expect, it } from 'vitest';
import { KATEX_BASE, woff2Only } from '../lib/markdown/katex-assets.ts';
import { katexOptions } from '../lib/markdown/markdown-options.ts';
import { subsetKatexFonts } from './katex-fonts.ts';

const css = woff2Only(readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8'));
const link = `<link rel="stylesheet" href="${KATEX_BASE}katex.css">`;
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const math = (tex: string) => katex.renderToString(tex, { ...katexOptions });
let root = '';

/** A built site in a temporary folder: KaTeX's stylesheet and fonts as the build copies them, and `files`. */
function site(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'sg-katex-'));
  mkdirSync(join(root, KATEX_BASE, 'fonts'), { recursive: true });
  writeFileSync(join(root, KATEX_BASE, 'katex.css'), css);
  writeFileSync(join(root, KATEX_BASE, 'fonts', 'KaTeX_Main-Regular.woff2'), 'full font');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('subsetKatexFonts', () => {
  it('gives each formula page its own faces, a cut stylesheet, and leaves other pages alone', async () => {
    const dir = site({
      'a/index.html': page(link, `<p>${math('x + 1')}</p>`),
      'b/index.html': page('', '<p>No formulas</p>'),
    });
    const report = await subsetKatexFonts(dir);
    expect(report).toMatchObject({ pages: 1, files: 2 });
    const a = readFileSync(join(dir, 'a/index.html'), 'utf8');
    expect(a).toMatch(new RegExp(`<link rel="stylesheet" href="${KATEX_BASE}katex\\.[0-9a-f]{10}\\.css">`));
    expect(a).toMatch(/font-family:KaTeX_Math;font-style:italic;font-weight:400;src:url\([^)]+KaTeX_Math-Italic\.[0-9a-f]{10}\.woff2\)/);
    // The space keeps each face the formula's first available font; then the characters it draws.
    expect(a).toContain('unicode-range:U+20,U+78}');
    expect(a).toContain('unicode-range:U+20,U+2B,U+31}');
    expect(readFileSync(join(dir, 'b/index.html'), 'utf8')).toBe(page('', '<p>No formulas</p>'));
    const shipped = readdirSync(join(dir, KATEX_BASE), { recursive: true, encoding: 'utf8' }).sort();
    expect(shipped.filter((f) => f.endsWith('.woff2')).map((f) => f.replace(/\.[0-9a-f]{10}\./, '.'))).toEqual([
      'fonts/KaTeX_Main-Regular.woff2',
      'fonts/KaTeX_Math-Italic.woff2',
    ]);
    expect(shipped).not.toContain('katex.css');
  });

  it('adds the glyphs of a question bank a page renders in the browser', async () => {
    const dir = site({
      'practice/index.html': page(link, '<div data-bank="/data/bank.json"></div>'),
      'data/bank.json': JSON.stringify({ questions: [{ stem: `<p>${math('\\beta')}</p>` }] }),
    });
    await subsetKatexFonts(dir);
    expect(readFileSync(join(dir, 'practice/index.html'), 'utf8')).toContain('unicode-range:U+20,U+3B2}');
  });

  it('fails the build when a page has formulas but no KaTeX stylesheet', async () => {
    const dir = site({ 'a/index.html': page('', math('x')) });
    await expect(subsetKatexFonts(dir)).rejects.toThrow(/a\/index\.html has formulas but does not link/);
  });
});
