/**
 * Which KaTeX font file draws which character of the site's formulas, worked out from KaTeX's own
 * stylesheet and the built HTML, so the build can subset each font to the glyphs the site uses and
 * a page downloads only the faces its formulas draw with. Pure: the caller reads the files.
 *
 * The visible half of a formula (`.katex-html`) is what KaTeX's fonts draw; its MathML half is
 * clipped to one pixel for screen readers, so its characters never need a KaTeX glyph.
 */
import type { Element, Nodes, Root } from 'hast';

/** A `@font-face` of KaTeX's stylesheet: `fonts/KaTeX_Main-Bold.woff2` is KaTeX_Main, normal, 700. */
export interface KatexFace {
  family: string;
  style: 'normal' | 'italic';
  weight: number;
  /** The `url()` as the stylesheet writes it, relative to the stylesheet: `fonts/KaTeX_Main-Bold.woff2`. */
  file: string;
}

/** A rule of KaTeX's stylesheet that sets a font property, with what CSS needs to cascade it. */
export interface FontRule {
  /** Compound class selectors from the outermost to the element, each with the combinator before it. */
  parts: { classes: string[]; child: boolean }[];
  specificity: number;
  order: number;
  family?: string;
  style?: 'normal' | 'italic';
  weight?: number;
}

const FONT_FACE = /@font-face\{([^}]*)\}/g;

function declarations(block: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const decl of block.split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) map.set(decl.slice(0, i).trim(), decl.slice(i + 1).trim());
  }
  return map;
}

const weightOf = (value: string): number => (value === 'bold' ? 700 : value === 'normal' ? 400 : Number(value));
const firstFamily = (value: string): string =>
  value
    .split(',')[0]!
    .trim()
    .replace(/^["']|["']$/g, '');

/** Every `@font-face` of a (woff2-only) KaTeX stylesheet. */
export function katexFaces(css: string): KatexFace[] {
  return [...css.matchAll(FONT_FACE)].map((m) => {
    const d = declarations(m[1]!);
    const file = /url\(([^)]+\.woff2)\)/.exec(d.get('src') ?? '')?.[1];
    if (!file) throw new Error(`KaTeX @font-face without a woff2 source: ${m[0]}`);
    return {
      family: firstFamily(d.get('font-family') ?? ''),
      style: d.get('font-style') === 'italic' ? 'italic' : 'normal',
      weight: weightOf(d.get('font-weight') ?? '400'),
      file,
    };
  });
}

/**
 * The rules of KaTeX's stylesheet that set `font`, `font-family`, `font-style` or `font-weight`.
 * KaTeX writes them as class selectors under `.katex` (`.katex .delimsizing.mult .delim-size1>span`);
 * a selector with anything else (an attribute, a pseudo-class) cannot match a glyph and is an error,
 * so a KaTeX release that writes one fails the build instead of subsetting wrongly.
 */
export function fontRules(css: string): FontRule[] {
  const rules: FontRule[] = [];
  const body = css.replace(FONT_FACE, '').replace(/@media[^{]*\{((?:[^{}]*\{[^}]*\})*)\s*\}/g, '');
  let order = 0;
  for (const m of body.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const d = declarations(m[2]!);
    const font = d.get('font');
    const family = d.get('font-family') ?? (font ? font.replace(/^.*?\d[\d.]*(?:em|px|rem)\s+/, '') : undefined);
    const style = d.get('font-style') ?? (font ? 'normal' : undefined);
    const weight = d.get('font-weight') ?? (font ? 'normal' : undefined);
    if (family === undefined && style === undefined && weight === undefined) continue;
    for (const selector of m[1]!.split(',')) {
      const tokens = selector
        .trim()
        .replace(/\s*>\s*/g, ' > ')
        .split(/\s+/);
      const parts: FontRule['parts'] = [];
      let child = false;
      for (const token of tokens) {
        if (token === '>') {
          child = true;
          continue;
        }
        const compound = /^([a-z]*)((?:\.[\w-]+)*)$/i.exec(token);
        if (!compound) throw new Error(`KaTeX font rule with a selector this build cannot follow: "${selector.trim()}"`);
        const classes = compound[2]!.split('.').filter(Boolean);
        // An element name (`span`) only narrows what a class already selects inside KaTeX's markup.
        parts.push({ classes, child });
        child = false;
      }
      rules.push({
        parts,
        specificity: parts.reduce((n, p) => n + p.classes.length, 0) * 10 + tokens.filter((t) => /^[a-z]/i.test(t)).length,
        order: order++,
        ...(family !== undefined ? { family: firstFamily(family) } : {}),
        ...(style !== undefined ? { style: style === 'italic' ? 'italic' : 'normal' } : {}),
        ...(weight !== undefined ? { weight: weightOf(weight) } : {}),
      });
    }
  }
  return rules;
}

function matches(rule: FontRule, path: readonly string[][]): boolean {
  // path: the class lists from the outermost ancestor to the element itself.
  const has = (classes: readonly string[], i: number) => classes.every((c) => path[i]!.includes(c));
  let i = path.length - 1;
  let k = rule.parts.length - 1;
  if (!has(rule.parts[k]!.classes, i)) return false;
  while (k > 0) {
    const child = rule.parts[k]!.child;
    k--;
    i--;
    if (child) {
      if (i < 0 || !has(rule.parts[k]!.classes, i)) return false;
    } else {
      while (i >= 0 && !has(rule.parts[k]!.classes, i)) i--;
      if (i < 0) return false;
    }
  }
  return true;
}

interface Font {
  family: string;
  style: 'normal' | 'italic';
  weight: number;
}

/** The face CSS font matching picks for a family, style and weight among KaTeX's faces (CSS Fonts 4, §5.2). */
export function matchFace(faces: readonly KatexFace[], font: Font): KatexFace | undefined {
  const family = faces.filter((f) => f.family === font.family);
  if (family.length === 0) return undefined;
  const styled = family.filter((f) => f.style === font.style);
  const pool = styled.length > 0 ? styled : family;
  const exact = pool.find((f) => f.weight === font.weight);
  if (exact) return exact;
  const lighter = pool.filter((f) => f.weight < font.weight).sort((a, b) => b.weight - a.weight);
  const heavier = pool.filter((f) => f.weight > font.weight).sort((a, b) => a.weight - b.weight);
  return (font.weight <= 500 ? [...lighter, ...heavier] : [...heavier, ...lighter])[0];
}

/** The characters each KaTeX font file draws in the formulas of one HTML tree: file → characters. */
export type Glyphs = Map<string, Set<string>>;

/**
 * Adds the characters of every `.katex-html` in `tree` to `into`, by the face that draws them, and
 * the class names of formulas (both halves, and their wrappers) to `classes` when given.
 */
export function collectGlyphs(
  tree: Root | Element,
  faces: readonly KatexFace[],
  rules: readonly FontRule[],
  into: Glyphs = new Map(),
  classes?: Set<string>,
): Glyphs {
  const walk = (node: Nodes, path: string[][], font: Font | undefined) => {
    if (node.type === 'text') {
      if (!font) return;
      const face = matchFace(faces, font);
      if (!face) return;
      let set = into.get(face.file);
      if (!set) into.set(face.file, (set = new Set()));
      for (const ch of node.value) set.add(ch);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let nextPath = path;
    let nextFont = font;
    if (node.type === 'element') {
      if (node.tagName === 'svg' || node.tagName === 'script' || node.tagName === 'style') return;
      const className = node.properties.className;
      const own = Array.isArray(className) ? className.map(String) : [];
      nextPath = [...path, own];
      const inside = nextPath.some((c) => c.includes('katex'));
      // The wrappers (`katex-display`) and the MathML half count for the stylesheet, not for glyphs.
      if (inside || own.some((c) => c.startsWith('katex'))) for (const c of own) classes?.add(c);
      if (own.includes('katex-mathml')) return;
      if (inside) {
        // The cascade: each property from the most specific matching rule, else inherited.
        const winners = rules.filter((r) => matches(r, nextPath)).sort((a, b) => a.specificity - b.specificity || a.order - b.order);
        const computed: Font = font ? { ...font } : { family: '', style: 'normal', weight: 400 };
        for (const r of winners) {
          if (r.family !== undefined) computed.family = r.family;
          if (r.style !== undefined) computed.style = r.style;
          if (r.weight !== undefined) computed.weight = r.weight;
        }
        nextFont = computed;
      }
    }
    for (const child of node.children) walk(child, nextPath, nextFont);
  };
  walk(tree, [], undefined);
  return into;
}

/** Strings of a JSON document that hold KaTeX HTML (the question bank's rendered stems and options). */
export function katexStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('katex-html')) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) katexStrings(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) katexStrings(v, out);
  }
  return out;
}

/** A CSS `unicode-range` for a set of code points, with consecutive ones joined: `U+28-29,U+3D`. */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    ranges.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return ranges.join(',');
}

/** KaTeX's stylesheet without its `@font-face` rules: each page declares the faces it draws with. */
export function withoutFontFaces(css: string): string {
  return css.replace(FONT_FACE, '');
}

/** A face subset for one page: where the file is served and the code points it holds. */
export interface PageFace {
  face: KatexFace;
  /** Site-absolute URL of the subset: `/katex/0.16.47/fonts/KaTeX_Main-Regular.1a2b3c4d.woff2`. */
  href: string;
  codePoints: readonly number[];
}

/**
 * What a page's `<head>` needs for its formulas' fonts: a preload of each subset (the page draws
 * with every one of them, so none waits for layout to be discovered) and their `@font-face` rules,
 * each limited by `unicode-range` to the characters its subset holds. An inline `<style>`, which the
 * site's CSP allows (`style-src 'unsafe-inline'`), rather than one more stylesheet to wait for.
 */
export function fontFaceHead(faces: readonly PageFace[]): string {
  if (faces.length === 0) return '';
  const sorted = [...faces].sort((a, b) => a.href.localeCompare(b.href));
  const preloads = sorted.map((f) => `<link rel="preload" href="${f.href}" as="font" type="font/woff2" crossorigin>`).join('');
  const rules = sorted
    .map(
      ({ face, href, codePoints }) =>
        `@font-face{font-display:swap;font-family:${face.family};font-style:${face.style};font-weight:${face.weight};` +
        `src:url(${href}) format("woff2");unicode-range:${unicodeRange(codePoints)}}`,
    )
    .join('');
  return `${preloads}<style data-katex-faces>${rules}</style>`;
}

/**
 * `html` with its link to KaTeX's stylesheet pointed at `href` (the site's own cut of it) and
 * followed by `head`; unchanged if the page does not link the stylesheet (a page without formulas).
 */
export function rewriteKatexHead(html: string, stylesheetHref: string, href: string, head: string): string {
  const escaped = stylesheetHref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return html.replace(
    new RegExp(`<link rel="stylesheet" href="${escaped}"([^>]*)>`),
    (_tag, rest: string) => `<link rel="stylesheet" href="${href}"${rest}>${head}`,
  );
}
