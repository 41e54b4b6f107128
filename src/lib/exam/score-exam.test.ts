import { describe, expect, it } from 'vitest';
import { scaledScoreRange, scoreExam, taskOf, wilsonInterval } from './score-exam.ts';

const questions = [
  { id: 'a', domain: 1, tasks: ['1.2', '1.2.b'], correct: ['x'] },
  { id: 'b', domain: 1, tasks: ['1.3.a'], correct: ['x', 'y'] },
  { id: 'c', domain: 3, tasks: ['3.1', '3.2.a'], correct: ['z'] },
  { id: 'd', domain: 4, tasks: ['4.1'], correct: ['x'] },
];

describe('scoreExam', () => {
  it('scores all or nothing and tallies domains and task statements', () => {
    const score = scoreExam(questions, { a: ['x'], b: ['x'], c: ['z'] });
    expect([score.correct, score.total, score.answered]).toEqual([2, 4, 3]);
    expect(score.byDomain.get(1)).toEqual({ correct: 1, total: 2 });
    expect(score.byDomain.get(3)).toEqual({ correct: 1, total: 1 });
    expect(score.byDomain.get(4)).toEqual({ correct: 0, total: 1 });
    // "1.2" and "1.2.b" are the same task statement: counted once.
    expect(score.byTask.get('1.2')).toEqual({ correct: 1, total: 1 });
    expect(score.byTask.get('1.3')).toEqual({ correct: 0, total: 1 });
    expect(score.byTask.get('3.1')).toEqual({ correct: 1, total: 1 });
    expect(score.byTask.get('3.2')).toEqual({ correct: 1, total: 1 });
    expect(score.results.get('d')).toBe(false);
  });

  it('taskOf collapses bullets to their task statement', () => {
    expect(taskOf('2.3.c')).toBe('2.3');
    expect(taskOf('2.3')).toBe('2.3');
  });
});

describe('scaledScoreRange', () => {
  it('is a range around the linear mapping that narrows with more questions', () => {
    const r = scaledScoreRange(52, 65);
    expect(r.point).toBe(820);
    expect(r.low).toBeLessThan(r.point);
    expect(r.high).toBeGreaterThan(r.point);
    const wide = scaledScoreRange(8, 10);
    expect(wide.high - wide.low).toBeGreaterThan(r.high - r.low);
  });

  it('says whether the range clears 750', () => {
    expect(scaledScoreRange(63, 65).verdict).toBe('clears');
    expect(scaledScoreRange(30, 65).verdict).toBe('below');
    expect(scaledScoreRange(47, 65).verdict).toBe('borderline');
  });

  it("judges the range against the exam's own pass mark (MLA-C01: 720)", () => {
    const mla = { passingScore: 720, scaleMin: 100, scaleMax: 1000 };
    expect([scaledScoreRange(52, 65).verdict, scaledScoreRange(52, 65, mla).verdict]).toEqual(['borderline', 'clears']);
    expect([scaledScoreRange(38, 65).verdict, scaledScoreRange(38, 65, mla).verdict]).toEqual(['below', 'borderline']);
  });

  it('stays inside 100–1000', () => {
    expect(scaledScoreRange(0, 65).low).toBe(100);
    expect(scaledScoreRange(65, 65).high).toBe(1000);
    expect(scaledScoreRange(0, 0)).toMatchObject({ low: 100, high: 1000 });
  });

  it('wilsonInterval matches a known value', () => {
    const [lo, hi] = wilsonInterval(8, 10);
    expect(lo).toBeCloseTo(0.4902, 3);
    expect(hi).toBeCloseTo(0.9433, 3);
  });
});
