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
});
