import { describe, expect, it } from 'vitest';
import { mergeAttempt, mergeRecords } from './progress-merge.ts';
import { type AnswerRecord, emptyProgress, type ExamAttempt, type ProgressRecord } from './progress-record.ts';

const answer = (at: string, correct: boolean, attempts: number, correctAttempts: number, wrongAt?: string): AnswerRecord => ({
  chosen: [correct ? 'a' : 'b'],
  correct,
  at,
  source: 'quiz',
  attempts,
  correctAttempts,
  ...(wrongAt ? { wrongAt } : {}),
});
const attempt = (over: Partial<ExamAttempt> = {}): ExamAttempt => ({
  id: 'exam-1',
  startedAt: '2026-11-01T09:00:00.000Z',
  limitMs: 1000,
  elapsedMs: 10,
  questions: ['q1', 'q2'],
  answers: {},
  flagged: [],
  current: 0,
  ...over,
});
const record = (over: Partial<ProgressRecord>): ProgressRecord => ({ ...emptyProgress(), ...over });

describe('mergeRecords', () => {
  it('keeps the answers of both sides, the newer one per question, counts never summed', () => {
    const a = record({
      answers: {
        q1: answer('2026-11-01T09:00:00Z', false, 2, 1, '2026-11-01T09:00:00Z'),
        only: answer('2026-11-01T09:00:00Z', true, 1, 1),
      },
    });
    const b = record({ answers: { q1: answer('2026-11-02T09:00:00Z', true, 3, 1), other: answer('2026-11-01T10:00:00Z', true, 1, 1) } });
    const merged = mergeRecords(a, b);
    expect(Object.keys(merged.answers).sort()).toEqual(['only', 'other', 'q1']);
    expect(merged.answers.q1).toEqual({ ...answer('2026-11-02T09:00:00Z', true, 3, 1), wrongAt: '2026-11-01T09:00:00Z' });
    expect(mergeRecords(merged, b)).toEqual(merged);
    expect(a.answers.other).toBeUndefined();
  });

  it('keeps the card reviewed later', () => {
    const card = (last: string, reps: number) => ({
      due: last,
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps,
      lapses: 0,
      state: 1 as const,
      last_review: last,
    });
    const merged = mergeRecords(
      record({ cards: { q: card('2026-11-03T00:00:00Z', 3) } }),
      record({ cards: { q: card('2026-11-02T00:00:00Z', 2), r: card('2026-11-01T00:00:00Z', 1) } }),
    );
    expect(merged.cards.q!.reps).toBe(3);
    expect(merged.cards.r!.reps).toBe(1);
  });

  it('never turns a submitted attempt back into a running one, from either side', () => {
    const submitted = attempt({ submittedAt: '2026-11-01T10:00:00.000Z', score: { correct: 1, total: 2 } });
    const running = attempt({ elapsedMs: 999, answers: { q1: ['a'] } });
    expect(mergeAttempt(submitted, running)).toBe(submitted);
    expect(mergeAttempt(running, submitted)).toBe(submitted);
    expect(mergeRecords(record({ exams: [running] }), record({ exams: [submitted] })).exams).toEqual([submitted]);
  });

  it('keeps the longer-run of two running copies, and attempts by id in start order', () => {
    expect(mergeAttempt(attempt({ elapsedMs: 50 }), attempt({ elapsedMs: 20 })).elapsedMs).toBe(50);
    const later = attempt({ id: 'exam-2', startedAt: '2026-11-02T09:00:00.000Z' });
    expect(mergeRecords(record({ exams: [later] }), record({ exams: [attempt()] })).exams.map((e) => e.id)).toEqual(['exam-1', 'exam-2']);
  });
});
