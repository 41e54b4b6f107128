import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KATEX_VERSION, referencedFonts, woff2Only } from './katex-assets.ts';

const require = createRequire(import.meta.url);

describe('KaTeX assets', () => {
  it('ship the KaTeX release rehype-katex renders with, so CSS and HTML match', () => {
    // Resolve katex the way rehype-katex itself does, from its own file.
    const fromRehype = createRequire(import.meta.resolve('rehype-katex').replace('file://', ''));
    const usedByRehype = fromRehype('katex/package.json').version;
    expect(KATEX_VERSION).toBe(usedByRehype);
  });

  it('keep only woff2 font sources', () => {
    const css =
      '@font-face{font-display:block;font-family:A;src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff"),url(fonts/A.ttf) format("truetype")}';
    expect(woff2Only(css)).toBe('@font-face{font-display:swap;font-family:A;src:url(fonts/A.woff2) format("woff2")}');
  });

  it('list every woff2 font of the real stylesheet, and each one exists', () => {
    const cssPath = require.resolve('katex/dist/katex.min.css');
    const css = woff2Only(readFileSync(cssPath, 'utf8'));
    const fonts = referencedFonts(css);
    expect(fonts.length).toBeGreaterThan(15);
    expect(css).not.toMatch(/\.ttf|\.woff\)/);
    for (const font of fonts) expect(() => readFileSync(join(dirname(cssPath), font))).not.toThrow();
  });
});
