/**
 * Merging two progress records, entry by entry, so that neither side's progress is lost. Pure.
 * The store merges what another tab stored with what this page holds but could not save; an import
 * merges a file in (progress-transfer.ts adds its own rule for attempts in progress).
 *
 * - answers: union; for a question answered on both sides the later answer is the latest, attempts
 *   and right attempts are the larger of both (never the sum: both sides may count the same answers),
 *   `wrongAt` the later;
 * - review cards: union; the one reviewed later wins;
 * - exam attempts: union by id; a submitted attempt is never turned back into a running one; of two
 *   submitted ones the first side's is kept, of two running ones the one that has run longer.
 */
import type { AnswerRecord, ExamAttempt, ProgressRecord, StoredCard } from './progress-record.ts';

const time = (iso: string | undefined) => (iso === undefined ? -Infinity : Date.parse(iso));

export function mergeAnswer(local: AnswerRecord, incoming: AnswerRecord): AnswerRecord {
  const latest = time(incoming.at) > time(local.at) ? incoming : local;
  const attempts = Math.max(local.attempts, incoming.attempts);
  const merged: AnswerRecord = {
    chosen: [...latest.chosen],
    correct: latest.correct,
    at: latest.at,
    source: latest.source,
    attempts,
    correctAttempts: Math.min(attempts, Math.max(local.correctAttempts, incoming.correctAttempts)),
  };
  const wrongAt = time(incoming.wrongAt) > time(local.wrongAt) ? incoming.wrongAt : local.wrongAt;
  if (wrongAt !== undefined) merged.wrongAt = wrongAt;
  return merged;
}

/** The card reviewed later; `local` when both were reviewed at the same time. */
export const mergeCard = (local: StoredCard, incoming: StoredCard): StoredCard =>
  time(incoming.last_review) > time(local.last_review) ? incoming : local;

/** The attempt to keep of two with the same id. */
export function mergeAttempt(local: ExamAttempt, incoming: ExamAttempt): ExamAttempt {
  if (local.submittedAt) return local;
  if (incoming.submittedAt) return incoming;
  return incoming.elapsedMs > local.elapsedMs ? incoming : local;
}

const byStart = (a: ExamAttempt, b: ExamAttempt) => Date.parse(a.startedAt) - Date.parse(b.startedAt);

/** Everything of both records; `a` and `b` are not modified. */
export function mergeRecords(a: ProgressRecord, b: ProgressRecord): ProgressRecord {
  const record: ProgressRecord = structuredClone(a);
  for (const [id, answer] of Object.entries(b.answers)) {
    const mine = record.answers[id];
    record.answers[id] = mine ? mergeAnswer(mine, answer) : structuredClone(answer);
  }
  for (const [id, card] of Object.entries(b.cards)) {
    const mine = record.cards[id];
    record.cards[id] = structuredClone(mine ? mergeCard(mine, card) : card);
  }
  const exams = new Map(record.exams.map((e) => [e.id, e]));
  for (const exam of b.exams) {
    const mine = exams.get(exam.id);
    exams.set(exam.id, structuredClone(mine ? mergeAttempt(mine, exam) : exam));
  }
  record.exams = [...exams.values()].sort(byStart);
  return record;
}
