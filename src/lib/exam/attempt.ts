/**
 * A practice-exam attempt as data: how one starts, what survives a change of the bank, and the
 * counts the exam screen shows, and its score. Pure; `sg-exam` keeps the running attempt, and
 * exam-clock.ts its clock.
 */
import type { ExamBankQuestion } from '../questions/exam-bank.ts';
import type { ExamAttempt } from '../progress/progress-record.ts';
import { type ExamScore, scoreExam } from './score-exam.ts';

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

/** The first attempt not submitted yet: the one a learner resumes (there is at most one). */
export const runningAttempt = (exams: readonly ExamAttempt[]): ExamAttempt | undefined => exams.find((e) => !e.submittedAt);

/** The attempt's questions that are still in the bank, in the attempt's order, and their score. */
export function scoreAttempt(
  attempt: ExamAttempt,
  inBank: (id: string) => ExamBankQuestion | undefined,
): { questions: ExamBankQuestion[]; score: ExamScore } {
  const questions = attempt.questions.map(inBank).filter((q): q is ExamBankQuestion => q !== undefined);
  const score = scoreExam(
    questions.map((q) => ({ ...q, correct: q.options.filter((o) => o.correct).map((o) => o.id) })),
    attempt.answers,
  );
  return { questions, score };
}
