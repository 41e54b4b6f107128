import { describe, expect, it } from 'vitest';
import { answeredCount, crossedMilestone, milestoneText, newAttempt, openQuestions, remainingOf, withoutMissing } from './attempt.ts';

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

  it('announce the smallest milestone crossed, in words', () => {
    expect(crossedMilestone(61 * 60_000, 59 * 60_000)).toBe(60);
    expect(crossedMilestone(31 * 60_000, 4 * 60_000)).toBe(5);
    expect(crossedMilestone(59 * 60_000, 58 * 60_000)).toBeUndefined();
    expect(milestoneText(120)).toBe('2 hours left.');
    expect(milestoneText(60)).toBe('1 hour left.');
    expect(milestoneText(90)).toBe('90 minutes left.');
    expect(milestoneText(1)).toBe('1 minute left.');
  });
});
