import { describe, expect, it } from 'vitest';
import { buildAnkiText, protectMath } from './anki-export.ts';

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
