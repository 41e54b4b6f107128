/**
 * The one Markdown pipeline of the site: pages (astro.config.mjs), questions (render-markdown.ts)
 * and the authoring check (scripts/check-pages.ts) all take their plugins and options from here, so a
 * formula or a code block renders the same everywhere.
 */
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { rehypeCodeBreaks } from './rehype-code-breaks.ts';
import { rehypeCodeFigures } from './rehype-code-figures.ts';
import { rehypeScrollBoxes } from './rehype-scroll-boxes.ts';

/** KaTeX keeps MathML beside its HTML so screen readers read the formula. */
export const katexOptions = { output: 'htmlAndMathml', throwOnError: true, strict: 'error' } as const;

/** Both themes pass WCAG AA contrast for comments on their own backgrounds. */
export const shikiThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;

export const remarkPlugins = [remarkMath];

/** KaTeX, the scroll boxes of wide tables and formulas, break points in inline code, code blocks as figures. */
export const rehypePlugins = [[rehypeKatex, katexOptions] as const, rehypeScrollBoxes, rehypeCodeBreaks, rehypeCodeFigures] as const;

/** The plugins without the scroll boxes, for checks that only need Markdown and math to compile. */
export const mathOnlyRehypePlugins = [[rehypeKatex, katexOptions] as const] as const;
