import type { APIRoute } from 'astro';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { getCaseStudies, getQuestions } from '../../data/guide.ts';
import { ankiNote, buildAnkiText } from '../../lib/open-data/anki-export.ts';

/**
 * The bank as an Anki import file (see anki-export.ts). Markdown is rendered without the site's
 * plugins: formulas use Anki's own MathJax delimiters and code is plain `<pre>`, so a card needs no
 * stylesheet from this site.
 */
export const GET: APIRoute = async ({ site }) => {
  const md = await createMarkdownProcessor({ syntaxHighlight: false });
  const render = async (markdown: string) => (await md.render(markdown)).code;
  const cases = new Map((await getCaseStudies()).map((c) => [c.id, c]));
  const notes = await Promise.all(
    (await getQuestions()).map(({ data }) => ankiNote(data, render, site?.origin ?? '', data.case ? cases.get(data.case) : undefined)),
  );
  return new Response(buildAnkiText(notes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
