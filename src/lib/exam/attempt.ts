/**
 * A practice-exam attempt as data: how one starts, what survives a change of the bank, and the
 * counts and milestones the exam screen shows. Pure; `sg-exam` keeps the attempt and the clock.
 */
import type { ExamAttempt } from '../progress/progress-record.ts';

/** Minutes left at which the time is announced. */
export const ANNOUNCE_AT = [120, 90, 60, 30, 15, 10, 5, 1] as const;

/** A new attempt over `questions`, started at `now` (ms), with its option-order seed. */
export function newAttempt(questions: readonly string[], limitMs: number, now: number, seed: number): ExamAttempt {
  return {
    id: `exam-${now}`,
    startedAt: new Date(now).toISOString(),
    limitMs,
    elapsedMs: 0,
    questions: [...questions],
    answers: {},
    flagged: [],
    current: 0,
    seed,
  };
}

/** The attempt without the questions that left the bank, its current index kept in range. */
export function withoutMissing(attempt: ExamAttempt, inBank: (id: string) => boolean): ExamAttempt {
  const questions = attempt.questions.filter(inBank);
  return { ...attempt, questions, current: Math.min(attempt.current, Math.max(0, questions.length - 1)) };
}

/** Time left as saved (the clock runs only while the exam page is open). */
export const remainingOf = (attempt: ExamAttempt): number => attempt.limitMs - attempt.elapsedMs;

export const isAnswered = (attempt: ExamAttempt, id: string): boolean => (attempt.answers[id] ?? []).length > 0;

export const answeredCount = (attempt: ExamAttempt): number => attempt.questions.filter((id) => isAnswered(attempt, id)).length;

/** 0-based positions of the unanswered and of the flagged questions. */
export function openQuestions(attempt: ExamAttempt): { unanswered: number[]; flagged: number[] } {
  return {
    unanswered: attempt.questions.flatMap((id, i) => (isAnswered(attempt, id) ? [] : [i])),
    flagged: attempt.questions.flatMap((id, i) => (attempt.flagged.includes(id) ? [i] : [])),
  };
}

/** The smallest milestone (minutes) crossed between two readings of the time left, if any. */
export function crossedMilestone(beforeMs: number, nowMs: number): number | undefined {
  const crossed = ANNOUNCE_AT.filter((m) => beforeMs > m * 60_000 && nowMs <= m * 60_000);
  return crossed.length > 0 ? Math.min(...crossed) : undefined;
}

/** "2 hours left.", "90 minutes left.", "1 minute left." */
export function milestoneText(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'} left.`;
  return `${minutes} minute${minutes === 1 ? '' : 's'} left.`;
}
