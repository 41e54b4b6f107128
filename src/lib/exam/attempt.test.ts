import { describe, expect, it } from 'vitest';
import type { ExamBankQuestion } from '../questions/exam-bank.ts';
import { answeredCount, newAttempt, openQuestions, remainingOf, runningAttempt, scoreAttempt, withoutMissing } from './attempt.ts';

describe('exam attempts', () => {
  const start = Date.parse('2026-12-03T09:00:00Z');

  it('start with no answers, the given seed and the full time', () => {
    const a = newAttempt(['q1', 'q2', 'q3'], 3 * 3600_000, start, 42);
    expect(a).toMatchObject({
      id: `exam-${start}`,
      startedAt: '2026-12-03T09:00:00.000Z',
      elapsedMs: 0,
      current: 0,
      seed: 42,
      answers: {},
      flagged: [],
    });
    expect(remainingOf(a)).toBe(3 * 3600_000);
  });

  it('drop questions that left the bank and keep the current index in range', () => {
    const a = { ...newAttempt(['q1', 'q2', 'q3'], 1000, start, 1), current: 2 };
    expect(withoutMissing(a, (id) => id !== 'q3')).toMatchObject({ questions: ['q1', 'q2'], current: 1 });
    expect(withoutMissing(a, () => false)).toMatchObject({ questions: [], current: 0 });
  });

  it('count answered, unanswered and flagged questions', () => {
    const a = { ...newAttempt(['q1', 'q2', 'q3'], 1000, start, 1), answers: { q1: ['a'], q2: [] }, flagged: ['q3'] };
    expect(answeredCount(a)).toBe(1);
    expect(openQuestions(a)).toEqual({ unanswered: [1, 2], flagged: [2] });
  });

  it('find the running attempt: the one not submitted', () => {
    const done = { ...newAttempt(['q1'], 1000, start, 1), submittedAt: '2026-12-03T10:00:00.000Z' };
    const open = newAttempt(['q2'], 1000, start + 1, 2);
    expect(runningAttempt([done, open])).toBe(open);
    expect(runningAttempt([done])).toBeUndefined();
  });

  it('score the questions still in the bank, all or nothing, unanswered as wrong', () => {
    const question = (id: string, correct: string[]): ExamBankQuestion => ({
      id,
      domain: 1,
      mlaDomain: null,
      exams: ['MLS-C01'],
      tasks: ['1.2.a'],
      mla: [],
      type: correct.length > 1 ? 'multiple' : 'single',
      select: correct.length,
      stem: '',
      options: ['a', 'b', 'c', 'd', 'e'].map((o) => ({ id: o, text: o, correct: correct.includes(o), explanation: '' })),
      page: '/p/',
      pageTitle: 'P',
      references: [],
    });
    const bank = new Map([
      ['q1', question('q1', ['a'])],
      ['q2', question('q2', ['b', 'c'])],
      ['q3', question('q3', ['d'])],
    ]);
    const a = { ...newAttempt(['q1', 'q2', 'gone', 'q3'], 1000, start, 1), answers: { q1: ['a'], q2: ['b'], gone: ['a'] } };
    const { questions, score } = scoreAttempt(a, (id) => bank.get(id));
    expect(questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    expect(score).toMatchObject({ correct: 1, total: 3, answered: 2 });
    expect([...score.results]).toEqual([
      ['q1', true],
      ['q2', false],
      ['q3', false],
    ]);
    expect(score.byTask.get('1.2')).toEqual({ correct: 1, total: 3 });
  });

  it('name their exam: MLS-C01 as before (no field), MLA-C01 by name and id', () => {
    expect(newAttempt(['q1'], 1000, start, 1)).not.toHaveProperty('exam');
    const mla = newAttempt(['q1'], 1000, start, 1, { code: 'MLA-C01', attemptPrefix: 'mla-c01-' });
    expect(mla).toMatchObject({ id: `mla-c01-${start}`, exam: 'MLA-C01' });
  });

  it('keep one running attempt per exam; an attempt without `exam` is MLS-C01', () => {
    const mls = newAttempt(['q1'], 1000, start, 1);
    const mla = newAttempt(['q2'], 1000, start + 1, 2, { code: 'MLA-C01', attemptPrefix: 'mla-c01-' });
    expect(runningAttempt([mla, mls])).toBe(mls);
    expect(runningAttempt([mls, mla], 'MLA-C01')).toBe(mla);
    expect(runningAttempt([mls], 'MLA-C01')).toBeUndefined();
  });

  it('score an MLA-C01 attempt by the first mla id and every mla task statement', () => {
    const q = (id: string, domain: number | null, mla: string[]): ExamBankQuestion => ({
      id,
      domain,
      mlaDomain: mla.length > 0 ? Number(mla[0]!.slice(4, 5)) : null,
      exams: [],
      tasks: domain === null ? [] : ['1.2'],
      mla,
      type: 'single',
      select: 1,
      stem: '',
      options: ['a', 'b', 'c', 'd'].map((o) => ({ id: o, text: o, correct: o === 'a', explanation: '' })),
      page: '/p/',
      pageTitle: 'P',
      references: [],
    });
    const bank = new Map(
      [q('both', 1, ['mla:2.1.k1', 'mla:1.3.s2']), q('mla-only', null, ['mla:3.2']), q('mls-only', 4, [])].map((x) => [x.id, x]),
    );
    const a = { ...newAttempt(['both', 'mla-only', 'mls-only'], 1000, start, 1), answers: { both: ['a'], 'mla-only': ['b'] } };
    const { questions, score } = scoreAttempt(a, (id) => bank.get(id), 'MLA-C01');
    expect(questions.map((x) => x.id)).toEqual(['both', 'mla-only']);
    expect([...score.byDomain]).toEqual([
      [2, { correct: 1, total: 1 }],
      [3, { correct: 0, total: 1 }],
    ]);
    expect([...score.byTask.keys()]).toEqual(['mla:2.1', 'mla:1.3', 'mla:3.2']);
    expect(scoreAttempt(a, (id) => bank.get(id)).questions.map((x) => x.id)).toEqual(['both', 'mls-only']);
  });
});
