/** What each real guide page is indexed with, and whether it asks for the KaTeX stylesheet. */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { checkedOn, pageNeedsMath, pageSearchFilters, pageSearchMeta } from './guide-page.ts';
import { readContent } from './read-content.ts';
import { hasMath } from '../markdown/render-markdown.ts';
import { KIND_LABELS } from '../../config.ts';

const { outline, pages, questions } = readContent(process.cwd());
const domains = outline!.domains;
const bank = questions.map((q) => q.data);
const body = (file: string) => parseFrontmatter(readFileSync(file, 'utf8')).content;

describe('search filters of the real pages', () => {
  it('name every page’s kind, and its domain and task statements with their titles where it has them', () => {
    const titles = new Map(domains.flatMap((d) => d.tasks.map((t) => [t.id, t.title])));
    for (const { data } of pages) {
      const filters = pageSearchFilters(data, domains);
      expect(filters.kind).toEqual([KIND_LABELS[data.kind]]);
      expect(filters.domain).toEqual(data.domain === undefined ? undefined : [`Domain ${data.domain}`]);
      for (const value of filters['task statement'] ?? []) expect(titles.get(value.split(' ')[0]!), value).toBe(value.split(' ').slice(1).join(' '));
    }
  });

  it('name the exams whose outline items a page teaches, MLA-C01 on every page with an MLA-C01 id', () => {
    for (const { id, data } of pages) {
      const exams = pageSearchFilters(data, domains).exam ?? [];
      expect(exams.includes('MLA-C01'), id).toBe(data.mla.length > 0);
      expect(exams.includes('MLS-C01'), id).toBe(data.tasks.length > 0);
    }
  });

  it('list a page’s task statements once each, bullets counted under their statement', () => {
    const page = pages.find((p) => p.data.tasks.some((t) => t.split('.').length === 3))!;
    const statements = pageSearchFilters(page.data, domains)['task statement']!.map((v) => v.split(' ')[0]);
    expect(statements).toEqual([...new Set(page.data.tasks.map((t) => t.split('.').slice(0, 2).join('.')))].sort());
  });

  it('carry the aliases as meta, and nothing for a page without', () => {
    const withAliases = pages.find((p) => p.data.aliases.length > 0)!;
    expect(pageSearchMeta(withAliases.data).aliases).toBe(withAliases.data.aliases.join(', '));
    const without = pages.find((p) => p.data.aliases.length === 0);
    if (without) expect(pageSearchMeta(without.data)).toEqual({});
  });
});

describe('pageNeedsMath on the real pages', () => {
  it('is true for a page with a formula and false for one with none and no formula in its quiz', () => {
    const withMath = pages.find((p) => hasMath(body(p.file)))!;
    expect(pageNeedsMath(withMath.id, body(withMath.file), bank)).toBe(true);
    const plain = pages.find((p) => !hasMath(body(p.file)))!;
    expect(pageNeedsMath(plain.id, body(plain.file), bank)).toBe(false);
  });

  it('counts a formula in a question of the page’s quiz, not of another page', () => {
    const plain = pages.find((p) => !hasMath(body(p.file)))!;
    const own = bank.find((q) => q.page === plain.id)!;
    const withFormula = { ...own, stem: `${own.stem} $x^2$` };
    expect(pageNeedsMath(plain.id, body(plain.file), [withFormula])).toBe(true);
    expect(pageNeedsMath(plain.id, body(plain.file), [{ ...withFormula, page: 'elsewhere/page' }])).toBe(false);
  });
});

describe('checkedOn', () => {
  it('gives the ISO date and the date in words, in UTC', () => {
    expect(checkedOn(new Date('2026-11-23T00:00:00Z'))).toEqual({ datetime: '2026-11-23', text: '23 November 2026' });
    const { data } = pages[0]!;
    expect(checkedOn(data.updated).datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
