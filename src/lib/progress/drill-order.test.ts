import { describe, expect, it } from 'vitest';
import { drillOrder } from './drill-order.ts';
import type { AnswerRecord } from './progress-store.ts';

const answer = (correct: boolean, at: string): AnswerRecord => ({
  chosen: ['a'],
  correct,
  at,
  source: 'quiz',
  attempts: 1,
  correctAttempts: correct ? 1 : 0,
});

describe('drillOrder', () => {
  it('puts unanswered first, then wrong, then right, oldest first within each', () => {
    const answers = {
      r1: answer(true, '2026-11-02T00:00:00Z'),
      r2: answer(true, '2026-11-01T00:00:00Z'),
      w1: answer(false, '2026-11-05T00:00:00Z'),
      w2: answer(false, '2026-11-03T00:00:00Z'),
    };
    expect(drillOrder(['r1', 'w1', 'u1', 'r2', 'w2', 'u2'], answers)).toEqual(['u1', 'u2', 'w2', 'w1', 'r2', 'r1']);
  });
});
