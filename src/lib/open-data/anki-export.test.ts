import { describe, expect, it } from 'vitest';
import { ankiNote, buildAnkiText, protectMath } from './anki-export.ts';
import type { QuestionData } from '../../schemas/question.ts';

const base: QuestionData = {
  id: 'mla-order',
  tasks: [],
  mla: ['mla:3.3.k1'],
  type: 'ordering',
  page: 'ml-operations/ci-cd-for-ml',
  stem: 'Order them.',
  options: [],
  steps: ['a', 'b', 'c'].map((id) => ({ id, text: `Step ${id}`, explanation: `Why ${id} goes here.` })),
  prompts: [],
  responses: [],
  references: ['https://docs.aws.amazon.com/x'],
};
const plain = async (markdown: string) => `<p>${markdown}</p>`;

describe('ankiNote for ordering and matching', () => {
  it('lists the steps scrambled on the front and gives their letters in the right order on the back', async () => {
    const note = await ankiNote(base, plain, 'https://example.org', { id: 'c', title: 'Case & co', scenario: 'The scenario.' });
    expect(note.front).toContain('<p><b>Case study: Case &amp; co</b></p><p>The scenario.</p>');
    expect(note.front).toContain('(Put the steps in order.)');
    const listed = [...note.front.matchAll(/<li>Step (\w)<\/li>/g)].map((m) => m[1]);
    expect([...listed].sort()).toEqual(['a', 'b', 'c']);
    expect(listed).not.toEqual(['a', 'b', 'c']);
    const letters = ['a', 'b', 'c'].map((id) => String.fromCharCode(65 + listed.indexOf(id)));
    expect(note.back).toContain(`<b>Order: ${letters.join(', ')}</b>`);
    expect(note.back).toContain(`<b>1st: ${letters[0]}.</b> <p>Why a goes here.</p>`);
  });

  it('numbers the prompts, letters the responses and gives each match', async () => {
    const note = await ankiNote(
      {
        ...base,
        type: 'matching',
        steps: [],
        prompts: [{ id: 'a', text: 'Prompt a', answer: 'b', explanation: 'Why a matches b.' }],
        responses: [
          { id: 'a', text: 'Response a' },
          { id: 'b', text: 'Response <b>' },
        ],
      },
      plain,
      'https://example.org',
    );
    expect(note.front).toContain('Response &lt;b&gt;');
    expect(note.back).toMatch(/<b>Matches: 1 → [AB]<\/b>/);
  });
});

describe('buildAnkiText', () => {
  it('writes Anki headers and one quoted, tab-separated row per note', () => {
    const text = buildAnkiText([
      { guid: 'd1-x', front: '<p>Say "hi"\tnow</p>', back: '<p>A</p>\n<p>B</p>', tags: ['MLS-C01::domain 1', 'task::1.2'] },
    ]);
    const lines = text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#deck:MLS-C01 Study Guide',
      '#columns:GUID\tFront\tBack\tTags',
      '#guid column:1',
      '#tags column:4',
    ]);
    expect(text).toContain('"d1-x"\t"<p>Say ""hi""\tnow</p>"\t"<p>A</p>\n<p>B</p>"\t"MLS-C01::domain_1 task::1.2"\n');
  });
});

describe('protectMath', () => {
  it('keeps formulas intact in Anki delimiters', () => {
    const { text, restore } = protectMath('Cost $a_1 < b_2$ and $$x^2$$ but USD 5');
    expect(text).not.toContain('$');
    expect(restore(text)).toBe('Cost \\(a_1 &lt; b_2\\) and \\[x^2\\] but USD 5');
  });
});
