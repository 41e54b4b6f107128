/**
 * Renders the Markdown of questions (stems, options, explanations) with the same remark/rehype
 * pipeline as the pages, so formulas and code look the same everywhere. Build time only.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins, shikiThemes } from './markdown-options.ts';

let renderer: Promise<MarkdownRenderer> | undefined;
const cache = new Map<string, Promise<string>>();

function getRenderer(): Promise<MarkdownRenderer> {
  renderer ??= createMarkdownProcessor({
    remarkPlugins: [...remarkPlugins],
    // @ts-expect-error the readonly tuples are the unified plugin shape; the processor's type wants mutable arrays
    rehypePlugins: [...rehypePlugins],
    shikiConfig: { themes: shikiThemes, defaultColor: false },
  });
  return renderer;
}

/** Markdown to HTML (block content). */
export function renderMarkdown(markdown: string): Promise<string> {
  let html = cache.get(markdown);
  if (!html) {
    html = getRenderer().then(async (r) => (await r.render(markdown)).code);
    cache.set(markdown, html);
  }
  return html;
}

/** Markdown to HTML without the wrapping paragraph, for text that sits inside a label. */
export async function renderInlineMarkdown(markdown: string): Promise<string> {
  const html = (await renderMarkdown(markdown)).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]!.includes('<p>') ? single[1]! : html;
}

/** True if the Markdown contains a formula (`$…$` or `$$…$$`). */
export const hasMath = (markdown: string): boolean => /\$[^$\s][^$]*\$|\$\$/.test(markdown);
