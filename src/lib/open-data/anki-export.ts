/**
 * The question bank as a text file Anki imports (File › Import): one note per question, tab
 * separated, with file headers that tell Anki the separator, that fields are HTML, the note type,
 * deck, which column holds the note's GUID (the question id, so re-importing updates notes instead of
 * duplicating them) and which holds tags. Fields are quoted, so they may contain tabs, quotes and
 * line breaks. Pure: the caller passes the Markdown renderer in.
 */
import type { QuestionData } from '../../schemas/question.ts';
import { taskOf } from '../outline/outline.ts';
import { answerHint, optionLetter } from '../questions/exam-bank.ts';
import { positionLabel, scrambledOrder } from '../questions/item-answer.ts';
import type { CaseStudyData } from '../../schemas/case-study.ts';
import { pageHref, sectionHref } from '../urls.ts';
import { SITE_TITLE } from '../../config.ts';

export interface AnkiNote {
  guid: string;
  /** HTML. */
  front: string;
  /** HTML. */
  back: string;
  tags: readonly string[];
}

export const ANKI_DECK = 'MLS-C01 Study Guide';

/** Plain text (a response, a title) as HTML. */
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const field = (value: string) => `"${value.replace(/"/g, '""')}"`;

export function buildAnkiText(notes: readonly AnkiNote[]): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${ANKI_DECK}`,
    '#columns:GUID\tFront\tBack\tTags',
    '#guid column:1',
    '#tags column:4',
  ];
  const rows = notes.map((n) =>
    [field(n.guid), field(n.front), field(n.back), field(n.tags.map((t) => t.replace(/\s+/g, '_')).join(' '))].join('\t'),
  );
  return `${[...header, ...rows].join('\n')}\n`;
}

/**
 * Math for Anki: Anki renders `\( … \)` and `\[ … \]` with its own MathJax, so formulas are cut out
 * of the Markdown before rendering (Markdown would eat their backslashes and underscores) and put
 * back, HTML-escaped, in Anki's delimiters.
 */
export function protectMath(markdown: string): { text: string; restore: (html: string) => string } {
  const formulas: string[] = [];
  const text = markdown
    .replace(/\$\$([\s\S]+?)\$\$/g, (_, tex: string) => `ANKIMATH${formulas.push(`\\[${tex.trim()}\\]`) - 1}X`)
    .replace(/\$([^$\s][^$]*?)\$/g, (_, tex: string) => `ANKIMATH${formulas.push(`\\(${tex}\\)`) - 1}X`);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return { text, restore: (html) => html.replace(/ANKIMATH(\d+)X/g, (_, i: string) => escape(formulas[Number(i)]!)) };
}

/** Renders Markdown to HTML (block content); math is cut out before and put back by `ankiNote`. */
export type MarkdownToHtml = (markdown: string) => Promise<string>;

/**
 * One question as a note: the front is the case study's scenario (when it has one), the stem, the
 * "(Select TWO.)" hint and the lettered options (an ordering question's steps in the site's scrambled
 * order, a matching question's numbered prompts and lettered responses); the back the correct letters
 * (the order, or the matches), why each option, step or pair is right, and a link to the guide section
 * that teaches it at `origin`. Tagged by domain and task statement.
 */
export async function ankiNote(q: QuestionData, render: MarkdownToHtml, origin: string, caseStudy?: CaseStudyData): Promise<AnkiNote> {
  const html = async (markdown: string) => {
    const { text, restore } = protectMath(markdown);
    return restore((await render(text)).trim());
  };
  // An option is one paragraph; inside a list item it needs no <p>.
  const inline = (h: string) => (/^<p>([\s\S]*)<\/p>$/.exec(h)?.[1]?.includes('<p>') === false ? h.slice(3, -4) : h);
  const scenario = caseStudy ? `<p><b>Case study: ${escapeText(caseStudy.title)}</b></p>${await html(caseStudy.scenario)}` : '';
  let answer: string;
  let explanations: string[];
  let choices: string;
  if (q.type === 'ordering') {
    // Steps listed in the site's scrambled order, lettered; the back gives the letters in the right order.
    const listed = scrambledOrder(
      q.id,
      q.steps.map((st) => st.id),
    ).map((id) => q.steps.find((st) => st.id === id)!);
    const letterOf = new Map(listed.map((st, i) => [st.id, optionLetter(i)]));
    choices = `<ol type="A">${(await Promise.all(listed.map(async (st) => `<li>${inline(await html(st.text))}</li>`))).join('')}</ol>`;
    answer = `Order: ${q.steps.map((st) => letterOf.get(st.id)).join(', ')}`;
    explanations = await Promise.all(
      q.steps.map(async (st, i) => `<li><b>${positionLabel(i + 1)}: ${letterOf.get(st.id)}.</b> ${await html(st.explanation)}</li>`),
    );
  } else if (q.type === 'matching') {
    const listed = scrambledOrder(
      q.id,
      q.responses.map((r) => r.id),
    ).map((id) => q.responses.find((r) => r.id === id)!);
    const letterOf = new Map(listed.map((r, i) => [r.id, optionLetter(i)]));
    choices =
      `<p>Prompts:</p><ol>${(await Promise.all(q.prompts.map(async (p) => `<li>${inline(await html(p.text))}</li>`))).join('')}</ol>` +
      `<p>Responses:</p><ol type="A">${listed.map((r) => `<li>${escapeText(r.text)}</li>`).join('')}</ol>`;
    answer = `Matches: ${q.prompts.map((p, i) => `${i + 1} → ${letterOf.get(p.answer)}`).join(', ')}`;
    explanations = await Promise.all(
      q.prompts.map(async (p, i) => `<li><b>${i + 1} → ${letterOf.get(p.answer)}.</b> ${await html(p.explanation)}</li>`),
    );
  } else {
    const options = await Promise.all(q.options.map(async (o, i) => ({ ...o, letter: optionLetter(i), html: inline(await html(o.text)) })));
    choices = `<ol type="A">${options.map((o) => `<li>${o.html}</li>`).join('')}</ol>`;
    answer = `Answer: ${options
      .filter((o) => o.correct)
      .map((o) => o.letter)
      .join(', ')}`;
    explanations = await Promise.all(
      options.map(async (o) => `<li><b>${o.letter}: ${o.correct ? 'correct' : 'incorrect'}.</b> ${await html(o.explanation)}</li>`),
    );
  }
  const hint = answerHint({ type: q.type, select: q.select ?? 1 });
  const front = [scenario, await html(q.stem), hint ? `<p><b>${hint}</b></p>` : '', choices].join('');
  const back = [
    `<p><b>${answer}</b></p>`,
    `<ul>${explanations.join('')}</ul>`,
    `<p>${SITE_TITLE}: <a href="${origin}${sectionHref(q.page, q.section)}">${origin}${pageHref(q.page)}</a></p>`,
  ].join('');
  const tasks = [...new Set(q.tasks.map(taskOf))];
  /** MLA-C01 task statements without the `mla:` prefix, such as `3.2`. */
  const mlaTasks = [...new Set(q.mla.map((id) => id.slice('mla:'.length).split('.').slice(0, 2).join('.')))];
  return {
    guid: `mls-c01-${q.id}`,
    front,
    back,
    tags: [
      ...(q.domain === undefined ? [] : ['MLS-C01', `MLS-C01::domain-${q.domain}`, ...tasks.map((t) => `MLS-C01::task-${t}`)]),
      ...(q.mla.length === 0 ? [] : ['MLA-C01', ...mlaTasks.flatMap((t) => [`MLA-C01::domain-${t.split('.')[0]}`, `MLA-C01::task-${t}`])]),
    ].filter((tag, i, all) => all.indexOf(tag) === i),
  };
}
