import { describe, expect, it } from 'vitest';
import { assembleExam, EXAM_BLUEPRINT, keepCasesTogether, seededRandom, type BankEntry } from './exam-assembly.ts';

const bank: BankEntry[] = [1, 2, 3, 4].flatMap((domain) => Array.from({ length: 40 }, (_, i) => ({ id: `d${domain}-${i}`, domain })));
const domainOf = (id: string) => Number(id.slice(1, 2));

describe('assembleExam', () => {
  it('draws 65 questions in the exam weights with no repeats', () => {
    const ids = assembleExam(bank, new Map(), 42);
    expect(ids).toHaveLength(65);
    expect(new Set(ids).size).toBe(65);
    for (const [domain, count] of Object.entries(EXAM_BLUEPRINT)) {
      expect(ids.filter((id) => domainOf(id) === Number(domain))).toHaveLength(count);
    }
  });

  it('is deterministic under a seed and varies between seeds', () => {
    expect(assembleExam(bank, new Map(), 7)).toEqual(assembleExam(bank, new Map(), 7));
    expect(assembleExam(bank, new Map(), 7)).not.toEqual(assembleExam(bank, new Map(), 8));
  });

  it('prefers questions never answered, then those answered longest ago', () => {
    // Domain 1 has 40 questions and needs 13: mark 30 as seen, so 10 unseen must all be drawn,
    // followed by the 3 seen longest ago.
    const seen = new Map<string, number>();
    for (let i = 0; i < 30; i++) seen.set(`d1-${i}`, 1000 + i);
    const ids = assembleExam(bank, seen, 3).filter((id) => domainOf(id) === 1);
    const unseen = ids.filter((id) => !seen.has(id));
    expect(unseen).toHaveLength(10);
    expect(ids.filter((id) => seen.has(id)).sort()).toEqual(['d1-0', 'd1-1', 'd1-2']);
  });

  it('fills a short domain from the others and never exceeds the bank', () => {
    const small = bank.filter((q) => q.domain !== 1 || Number(q.id.split('-')[1]) < 5);
    const ids = assembleExam(small, new Map(), 1);
    expect(ids).toHaveLength(65);
    expect(ids.filter((id) => domainOf(id) === 1)).toHaveLength(5);
    expect(assembleExam(bank.slice(0, 20), new Map(), 1)).toHaveLength(20);
  });

  it('ignores duplicate bank entries', () => {
    const ids = assembleExam([...bank, ...bank], new Map(), 5);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('seededRandom stays in [0, 1)', () => {
    const r = seededRandom(123);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('keepCasesTogether', () => {
  it('moves the questions of a case study next to the first one drawn, leaving every other question in order', () => {
    const caseOf = (id: string) => (id.startsWith('x') ? 'case-x' : id.startsWith('y') ? 'case-y' : undefined);
    expect(keepCasesTogether(['a', 'x1', 'b', 'y1', 'c', 'x2', 'y2', 'x3'], caseOf)).toEqual(['a', 'x1', 'x2', 'x3', 'b', 'y1', 'y2', 'c']);
    expect(keepCasesTogether(['a', 'b'], caseOf)).toEqual(['a', 'b']);
  });
});
