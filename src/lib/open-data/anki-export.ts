/**
 * The question bank as a text file Anki imports (File › Import): one note per question, tab
 * separated, with file headers that tell Anki the separator, that fields are HTML, the note type,
 * deck, which column holds the note's GUID (the question id, so re-importing updates notes instead of
 * duplicating them) and which holds tags. Fields are quoted, so they may contain tabs, quotes and
 * line breaks. Pure.
 */

export interface AnkiNote {
  guid: string;
  /** HTML. */
  front: string;
  /** HTML. */
  back: string;
  tags: readonly string[];
}

export const ANKI_DECK = 'MLS-C01 Study Guide';

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
