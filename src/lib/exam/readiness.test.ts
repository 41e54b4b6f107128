import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../progress/progress-store.ts';
import { MIN_EVIDENCE, summarizeProgress, weakestTasks } from './readiness.ts';

const weights = new Map([
  [1, 20],
  [2, 24],
  [3, 36],
  [4, 20],
]);
const bank = [1, 2, 3, 4].flatMap((domain) =>
  Array.from({ length: 20 }, (_, i) => ({
    id: `d${domain}-${i}`,
    domain,
    tasks: [`${domain}.${(i % 2) + 1}`, `${domain}.${(i % 2) + 1}.a`],
  })),
);
const answer = (correct: boolean): AnswerRecord => ({
  chosen: ['a'],
  correct,
  at: '2026-11-01T00:00:00Z',
  source: 'quiz',
  attempts: 1,
  correctAttempts: correct ? 1 : 0,
});

describe('summarizeProgress', () => {
  it('is zero with no answers, and counts everything unseen', () => {
    const s = summarizeProgress(bank, {}, weights);
    expect(s.readiness).toBe(0);
    expect([s.seen, s.unseen]).toEqual([0, 80]);
    expect(s.domains.get(1)).toEqual({ total: 20, answered: 0, right: 0, mastery: undefined });
  });

  it('weights domains by the exam weights', () => {
    // Every question of domain 3 right, nothing else answered: readiness = 36 %.
    const answers = Object.fromEntries(bank.filter((q) => q.domain === 3).map((q) => [q.id, answer(true)]));
    const s = summarizeProgress(bank, answers, weights);
    expect(s.readiness).toBeCloseTo(0.36);
    expect(s.domains.get(3)!.mastery).toBe(1);
    expect(s.tasks.get('3.1')).toEqual({ total: 10, answered: 10, right: 10, mastery: 1 });
  });

  it('does not let a few answers claim a whole domain', () => {
    const s = summarizeProgress(bank, { 'd1-0': answer(true) }, weights);
    expect(s.domains.get(1)!.mastery).toBe(1);
    expect(s.readiness).toBeCloseTo(0.2 / MIN_EVIDENCE);
  });

  it('counts every question of the bank right: readiness 100 %', () => {
    const answers = Object.fromEntries(bank.map((q) => [q.id, answer(true)]));
    expect(summarizeProgress(bank, answers, weights).readiness).toBeCloseTo(1);
  });

  it('ignores answers to questions no longer in the bank', () => {
    const s = summarizeProgress(bank, { gone: answer(true) }, weights);
    expect(s.seen).toBe(0);
  });
});

describe('weakestTasks', () => {
  it('puts the lowest mastery first and unanswered last', () => {
    const answers = { 'd1-0': answer(false), 'd1-2': answer(true), 'd2-1': answer(true), 'd3-0': answer(false), 'd3-2': answer(false) };
    const order = weakestTasks(summarizeProgress(bank, answers, weights).tasks);
    expect(order.slice(0, 4)).toEqual(['3.1', '1.1', '2.2', '1.2']);
    expect(order).toHaveLength(8);
  });
});
