/**
 * A practice-exam attempt as data: how one starts, what survives a change of the bank, and the
 * counts the exam screen shows, and its score. Pure; `sg-exam` keeps the running attempt, and
 * exam-clock.ts its clock.
 */
import type { ExamBankQuestion } from '../questions/exam-bank.ts';
import type { ExamAttempt } from '../progress/progress-record.ts';
import { type ExamScore, scoreExam } from './score-exam.ts';
import { correctAnswer } from '../questions/item-answer.ts';
import { attemptsOf, type ExamCode, type ExamDefinition, examDomainOf, examTasksOf } from './exam-definition.ts';

/**
 * A new attempt of `exam` over `questions`, started at `now` (ms), with its option-order seed. An
 * MLS-C01 attempt is stored as it always was (no `exam` field); any other names its exam.
 */
export function newAttempt(
  questions: readonly string[],
  limitMs: number,
  now: number,
  seed: number,
  exam: Pick<ExamDefinition, 'code' | 'attemptPrefix'> = { code: 'MLS-C01', attemptPrefix: 'exam-' },
): ExamAttempt {
  return {
    id: `${exam.attemptPrefix}${now}`,
    ...(exam.code === 'MLS-C01' ? {} : { exam: exam.code }),
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

/** The first attempt of `code` not submitted yet: the one a learner resumes (there is at most one per exam). */
export const runningAttempt = (exams: readonly ExamAttempt[], code: ExamCode = 'MLS-C01'): ExamAttempt | undefined =>
  attemptsOf(exams, code).find((e) => !e.submittedAt);

/**
 * The attempt's questions that are still in the bank of exam `code`, in the attempt's order, and their
 * score by that exam's domains and task statements.
 */
export function scoreAttempt(
  attempt: ExamAttempt,
  inBank: (id: string) => ExamBankQuestion | undefined,
  code: ExamCode = 'MLS-C01',
): { questions: ExamBankQuestion[]; score: ExamScore } {
  const questions = attempt.questions.map(inBank).filter((q): q is ExamBankQuestion => q !== undefined && examDomainOf(q, code) !== null);
  const score = scoreExam(
    questions.map((q) => ({
      id: q.id,
      domain: examDomainOf(q, code)!,
      tasks: examTasksOf(q, code),
      correct: correctAnswer(q),
    })),
    attempt.answers,
  );
  return { questions, score };
}
