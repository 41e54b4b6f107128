/**
 * Checks that a well-formed progress record could have been made by a learner on this guide, for
 * data that comes from outside the store (an import, a set-aside copy restored). Pure.
 *
 * A record is refused when it has a score above its total or above the attempt's question count,
 * two attempts with one id, an attempt of an exam this guide does not have (it would be kept but shown
 * nowhere), an answer whose latest wrong answer comes after its latest answer, or a time later than
 * now plus `CLOCK_SKEW_MS`. Future times matter because the newer entry wins every
 * merge: an answer dated 2099 would never again be replaced by a real one.
 */
import type { ProgressRecord } from './progress-record.ts';
import { examOf } from '../exam/exam-definition.ts';

/** The exams whose attempts this guide runs and shows. */
export const KNOWN_EXAMS: readonly string[] = ['MLS-C01', 'MLA-C01'];

/** One day: covers a device whose clock or time zone is set wrong by hours, not one set years ahead. */
export const CLOCK_SKEW_MS = 86_400_000;

/** What is implausible, in words (empty when nothing is); `now` is the time of the check. */
export function implausible(record: ProgressRecord, now: Date): string[] {
  const latest = now.getTime() + CLOCK_SKEW_MS;
  const found: string[] = [];
  const future = (what: string, iso: string | undefined) => {
    if (iso !== undefined && Date.parse(iso) > latest) found.push(`${what} is dated ${iso.slice(0, 10)}, in the future`);
  };
  for (const [id, a] of Object.entries(record.answers)) {
    future(`the answer to ${id}`, a.at);
    future(`the last wrong answer to ${id}`, a.wrongAt);
    if (a.wrongAt !== undefined && Date.parse(a.wrongAt) > Date.parse(a.at))
      found.push(`the answer to ${id} was wrong after its latest answer`);
  }
  for (const [id, c] of Object.entries(record.cards)) future(`the review of ${id}`, c.last_review);
  const ids = new Set<string>();
  for (const e of record.exams) {
    if (ids.has(e.id)) found.push(`two exam attempts have the id ${e.id}`);
    ids.add(e.id);
    const exam = examOf(e);
    if (!KNOWN_EXAMS.includes(exam)) found.push(`exam attempt ${e.id} is of ${exam}, an exam this guide does not have`);
    future(`exam attempt ${e.id}`, e.startedAt);
    future(`the submission of exam attempt ${e.id}`, e.submittedAt);
    if (e.submittedAt !== undefined && Date.parse(e.submittedAt) < Date.parse(e.startedAt)) {
      found.push(`exam attempt ${e.id} was submitted before it started`);
    }
    if (e.score && (e.score.correct > e.score.total || e.score.total > e.questions.length)) {
      found.push(`exam attempt ${e.id} scores ${e.score.correct} of ${e.score.total} with ${e.questions.length} questions`);
    }
  }
  return found;
}

/** Attempts with a question that is not in the bank `ids` any more: they keep the score they had. */
export const attemptsWithRetiredQuestions = (record: ProgressRecord, ids: ReadonlySet<string>): string[] =>
  record.exams.filter((e) => e.questions.some((q) => !ids.has(q))).map((e) => e.id);
