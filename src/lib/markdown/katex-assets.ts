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

/**
 * Only the rules of a (minified, at-rule-free) KaTeX stylesheet whose selectors can match: a
 * selector is kept when every class it requires is in `classes`, the classes the site's formulas use.
 * The rest (`\cancel`, `\fbox`, arrays… the site never writes) cannot apply to any element.
 */
export function usedRulesOnly(css: string, classes: ReadonlySet<string>): string {
  if (/@(?!font-face)/.test(css)) throw new Error('KaTeX stylesheet with an at-rule this build cannot prune: update usedRulesOnly().');
  return css.replace(/([^{}]+)\{([^}]*)\}/g, (rule, selectorList: string, body: string) => {
    if (selectorList.trim().startsWith('@')) return rule;
    // A class under :not() is one the element must lack: its absence never stops a match.
    const kept = selectorList
      .split(',')
      .filter((selector) => [...selector.replace(/:not\([^)]*\)/g, '').matchAll(/\.([\w-]+)/g)].every((m) => classes.has(m[1]!)));
    return kept.length > 0 ? `${kept.join(',')}{${body}}` : '';
  });
}
