/** Options shared by page Markdown (astro.config.mjs) and question Markdown (render-markdown.ts). */

/** KaTeX keeps MathML beside its HTML so screen readers read the formula. */
export const katexOptions = { output: 'htmlAndMathml', throwOnError: true, strict: 'error' } as const;

/** Both themes pass WCAG AA contrast for comments on their own backgrounds. */
export const shikiThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;
