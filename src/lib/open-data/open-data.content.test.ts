/**
 * The open data files on the real content: /data/trees.json and /data/anki.txt are built by these
 * functions from what content/ holds, so a field lost on the way fails here.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { ankiNote, buildAnkiText } from './anki-export.ts';
import { buildTreesData } from './open-data.ts';
import { readContent } from '../content/read-content.ts';
import { optionLetter } from '../questions/exam-bank.ts';
import { pageHref, sectionHref } from '../urls.ts';

const { questions, trees, caseStudies } = readContent(process.cwd());
const caseOf = (id: string | undefined) => caseStudies.find((c) => c.data.id === id)?.data;

describe('trees.json', () => {
  const data = buildTreesData(trees.map((t) => t.data));

  it('has every tree once, in id order, its page as a URL path', () => {
    const ids = trees.map((t) => t.data.id).sort();
    expect(ids.length).toBeGreaterThan(0);
    expect(data.trees.map((t) => t.id)).toEqual(ids);
    for (const tree of data.trees) {
      const source = trees.find((t) => t.data.id === tree.id)!.data;
      expect(tree.page).toBe(pageHref(source.page));
      expect(tree.outcomes).toEqual(source.outcomes);
      expect(tree.start).toBe(source.start);
    }
  });

  it('keeps every node as written, with no empty help field', () => {
    for (const tree of data.trees) {
      const source = trees.find((t) => t.data.id === tree.id)!.data;
      expect(Object.keys(tree.nodes)).toEqual(Object.keys(source.nodes));
      for (const [id, node] of Object.entries(tree.nodes)) {
        expect(node).toEqual(source.nodes[id]);
        expect('help' in node).toBe(source.nodes[id]!.help !== undefined);
      }
    }
  });
});

describe('anki.txt', async () => {
  const md = await createMarkdownProcessor({ syntaxHighlight: false });
  const render = async (markdown: string) => (await md.render(markdown)).code;
  const origin = 'https://example.org';
  const notes = await Promise.all(questions.map((q) => ankiNote(q.data, render, origin, caseOf(q.data.case))));

  it('has a note per question: lettered options on the front, the right letters and the teaching section on the back', () => {
    expect(notes).toHaveLength(questions.length);
    questions.forEach(({ data: q }, i) => {
      const note = notes[i]!;
      expect(note.guid).toBe(`mls-c01-${q.id}`);
      if (q.type === 'ordering') {
        expect(note.front.split('<ol type="A">')[1]!.match(/<li>/g)).toHaveLength(q.steps.length);
        expect(note.back).toMatch(/<p><b>Order: [A-E](, [A-E])+<\/b><\/p>/);
      } else if (q.type === 'matching') {
        expect(note.front.split('<ol type="A">')[1]!.match(/<li>/g)).toHaveLength(q.responses.length);
        expect(note.back.match(/\d → [A-J]/g)).toHaveLength(q.prompts.length * 2);
      } else {
        expect(note.front.split('<ol type="A">')[1]!.match(/<li>/g)).toHaveLength(q.options.length);
        const right = q.options.flatMap((o, j) => (o.correct ? [optionLetter(j)] : []));
        expect(note.back).toContain(`<p><b>Answer: ${right.join(', ')}</b></p>`);
      }
      expect(note.back).toContain(`<a href="${origin}${sectionHref(q.page, q.section)}">${origin}${pageHref(q.page)}</a>`);
      if (q.domain !== undefined) expect(note.tags).toContain(`MLS-C01::domain-${q.domain}`);
      else expect(note.tags).not.toContain('MLS-C01');
      if (q.mla.length > 0) expect(note.tags).toContain(`MLA-C01::domain-${q.mla[0]!.slice('mla:'.length).split('.')[0]}`);
    });
  });

  it('puts the scenario of a case study on the front of each of its questions', () => {
    const members = questions.flatMap((q, i) => (q.data.case ? [{ q: q.data, note: notes[i]! }] : []));
    expect(members.length).toBeGreaterThanOrEqual(10);
    for (const { q, note } of members) expect(note.front.startsWith(`<p><b>Case study: ${caseOf(q.case)!.title}</b></p>`)).toBe(true);
  });

  it('asks for the number of answers of a multiple-response question', () => {
    const i = questions.findIndex((q) => (q.data.select ?? 1) === 2);
    expect(notes[i]!.front).toContain('<p><b>(Select TWO.)</b></p>');
  });

  it('renders the Markdown, and the file has one row per question', () => {
    // `**` left outside code would be bold Markdown not rendered (a glob such as `training/**` is code).
    const unrendered = (html: string) => html.replace(/<code>.*?<\/code>/g, '').includes('**');
    expect(notes.filter((n) => !n.front.startsWith('<p>') || unrendered(n.front)).map((n) => n.guid)).toEqual([]);
    expect(
      buildAnkiText(notes)
        .split('\n')
        .filter((line) => line.startsWith('"mls-c01-')),
    ).toHaveLength(questions.length);
  });
});
