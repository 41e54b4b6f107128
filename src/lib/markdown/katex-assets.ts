/**
 * KaTeX's stylesheet as the site serves it: the CSS of the exact KaTeX release that rehype-katex
 * renders with, its `@font-face` rules cut down to woff2 (every browser we support reads it), under
 * a versioned path so a new release never mixes with cached files.
 */
import katexPackage from 'katex/package.json' with { type: 'json' };

export const KATEX_VERSION: string = katexPackage.version;
export const KATEX_BASE = `/katex/${KATEX_VERSION}/`;

/**
 * Drop the woff and ttf sources from every `src:` list, keeping the woff2 one, and let text render
 * in a fallback font while a KaTeX font loads (`swap` instead of KaTeX's `block`).
 */
export function woff2Only(css: string): string {
  return css
    .replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, '')
    .replace(/font-display:\s*block/g, 'font-display:swap');
}

/** The font files a woff2-only stylesheet refers to, as written in it (`fonts/KaTeX_…woff2`). */
export function referencedFonts(css: string): string[] {
  return [...new Set([...css.matchAll(/url\(([^)]+\.woff2)\)/g)].map((m) => m[1]!))];
}
