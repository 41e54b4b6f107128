import { describe, expect, it } from 'vitest';
import { examScope, onlyExam, scopeExams } from './exam-scope.ts';
import { readContent } from '../content/read-content.ts';

describe('examScope', () => {
  it('reads both, one or neither outline from the tags', () => {
    expect(examScope(['1.2'], ['mla:1.1'])).toBe('both');
    expect(examScope(['2.3.c'], [])).toBe('mls');
    expect(examScope([], ['mla:3.3.k1'])).toBe('mla');
    expect(examScope([], [])).toBe('general');
  });
  it('names the one exam a page serves alone, and the exams of its search filter', () => {
    expect(onlyExam('mls')).toBe('mls');
    expect(onlyExam('mla')).toBe('mla');
    expect(onlyExam('both')).toBeUndefined();
    expect(onlyExam('general')).toBeUndefined();
    expect(scopeExams('both')).toEqual(['MLS-C01', 'MLA-C01']);
    expect(scopeExams('mla')).toEqual(['MLA-C01']);
    expect(scopeExams('general')).toEqual([]);
  });
});

describe('the real pages', () => {
  const { pages } = readContent(process.cwd());
  it('include pages only MLS-C01 tests, so the MLA-C01 sidebar has something to mark', () => {
    const mlsOnly = pages.filter((p) => examScope(p.data.tasks, p.data.mla) === 'mls');
    expect(mlsOnly.length).toBeGreaterThan(0);
    for (const p of mlsOnly) expect(p.data.mla, p.id).toEqual([]);
  });
});
