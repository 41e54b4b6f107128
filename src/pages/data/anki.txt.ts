import type { APIRoute } from 'astro';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { getQuestions } from '../../data/guide.ts';
import { buildAnkiText, protectMath } from '../../lib/open-data/anki-export.ts';
import { optionLetter, selectHint } from '../../lib/questions/exam-bank.ts';
import { pageHref, sectionHref } from '../../lib/urls.ts';
import { SITE_TITLE } from '../../config.ts';
import { taskOf } from '../../lib/outline/outline.ts';

/**
 * The bank as an Anki import file (see anki-export.ts): the front is the stem and lettered options,
 * the back the correct answer and the explanation of every option. Formulas use Anki's own MathJax
 * delimiters, and code is plain `<pre>`, so a card needs no stylesheet from this site.
 */
export const GET: APIRoute = async ({ site }) => {
  const md = await createMarkdownProcessor({ syntaxHighlight: false });
  const html = async (markdown: string) => {
    const { text, restore } = protectMath(markdown);
    return restore((await md.render(text)).code.trim());
  };
  const origin = site?.origin ?? '';
  const notes = await Promise.all(
    (await getQuestions()).map(async ({ data: q }) => {
      const inline = (h: string) => (/^<p>([\s\S]*)<\/p>$/.exec(h)?.[1]?.includes('<p>') === false ? h.slice(3, -4) : h);
      const options = await Promise.all(
        q.options.map(async (o, i) => ({ ...o, letter: optionLetter(i), html: inline(await html(o.text)) })),
      );
      const hint = selectHint(q.select ?? 1);
      const front = [
        await html(q.stem),
        hint ? `<p><b>${hint}</b></p>` : '',
        `<ol type="A">${options.map((o) => `<li>${o.html}</li>`).join('')}</ol>`,
      ].join('');
      const right = options.filter((o) => o.correct).map((o) => o.letter);
      const explanations = await Promise.all(
        options.map(async (o) => `<li><b>${o.letter}: ${o.correct ? 'correct' : 'incorrect'}.</b> ${await html(o.explanation)}</li>`),
      );
      const back = [
        `<p><b>Answer: ${right.join(', ')}</b></p>`,
        `<ul>${explanations.join('')}</ul>`,
        `<p>${SITE_TITLE}: <a href="${origin}${sectionHref(q.page, q.section)}">${origin}${pageHref(q.page)}</a></p>`,
      ].join('');
      const tasks = [...new Set(q.tasks.map(taskOf))];
      return {
        guid: `mls-c01-${q.id}`,
        front,
        back,
        tags: ['MLS-C01', `MLS-C01::domain-${q.domain}`, ...tasks.map((t) => `MLS-C01::task-${t}`)],
      };
    }),
  );
  return new Response(buildAnkiText(notes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
