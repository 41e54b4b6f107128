/**
 * Moving progress between devices: an export file, and an import that is validated whole, shows
 * what it will add, and merges into what is there without overwriting it. Pure.
 *
 * Export file: { "format": "mls-c01-study-guide-progress", "exportedAt": "<ISO>", "progress": <record> }
 * where <record> is the store's format (progress-store.ts). A bare record (format 1 or 2) is also
 * accepted, so a copy of the `sg-progress` value can be imported.
 *
 * Merge rules (importing the same file twice changes nothing the second time):
 * - answers: a question not answered here is added; for one answered on both, the later answer is
 *   kept as the latest, attempts and right attempts are the larger of both, `wrongAt` the later;
 * - review cards: added when missing; the one reviewed later wins;
 * - exam attempts: submitted attempts are added by id; an attempt in progress on the other device
 *   is not imported (one attempt runs at a time, and its clock belongs to that device).
 */
import { type AnswerRecord, emptyProgress, type ProgressRecord, validateProgress } from './progress-store.ts';

export const EXPORT_FORMAT = 'mls-c01-study-guide-progress';

export function exportProgress(record: ProgressRecord, now: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: record }, null, 2)}\n`;
}

export type ImportResult = { ok: true; record: ProgressRecord } | { ok: false; error: string };

/** Validate an export file. Anything damaged refuses the whole file, with the reason in words. */
export function parseImport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON, so it is not a progress export from this guide.' };
  }
  const wrapped = typeof data === 'object' && data !== null && 'format' in data;
  if (wrapped && (data as { format: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This JSON file is not a progress export from this guide.' };
  }
  const result = validateProgress(wrapped ? (data as { progress?: unknown }).progress : data);
  if (!result.ok) return { ok: false, error: `This file cannot be imported: ${result.reason}.` };
  const { dropped } = result;
  const damaged = Object.keys(dropped.answers).length + Object.keys(dropped.cards).length + dropped.exams.length;
  if (damaged > 0) {
    return { ok: false, error: `This file cannot be imported: ${damaged} of its entries are damaged. Nothing was changed.` };
  }
  return { ok: true, record: result.record };
}

function mergeAnswer(local: AnswerRecord, incoming: AnswerRecord): AnswerRecord {
  const latest = Date.parse(incoming.at) > Date.parse(local.at) ? incoming : local;
  const attempts = Math.max(local.attempts, incoming.attempts);
  const merged: AnswerRecord = {
    chosen: [...latest.chosen],
    correct: latest.correct,
    at: latest.at,
    source: latest.source,
    attempts,
    correctAttempts: Math.min(attempts, Math.max(local.correctAttempts, incoming.correctAttempts)),
  };
  const wrongAt = [local.wrongAt, incoming.wrongAt]
    .filter((t): t is string => t !== undefined)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .pop();
  if (wrongAt !== undefined) merged.wrongAt = wrongAt;
  return merged;
}

export interface MergeSummary {
  answersAdded: number;
  answersUpdated: number;
  cardsAdded: number;
  cardsUpdated: number;
  examsAdded: number;
  /** Attempts in progress in the file, not imported. */
  examsSkipped: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The merged record and what changed; `local` is not modified. */
export function mergeProgress(local: ProgressRecord, incoming: ProgressRecord): { record: ProgressRecord; summary: MergeSummary } {
  const record: ProgressRecord = structuredClone(local);
  const summary: MergeSummary = { answersAdded: 0, answersUpdated: 0, cardsAdded: 0, cardsUpdated: 0, examsAdded: 0, examsSkipped: 0 };
  for (const [id, answer] of Object.entries(incoming.answers)) {
    const mine = record.answers[id];
    if (!mine) {
      record.answers[id] = structuredClone(answer);
      summary.answersAdded += 1;
      continue;
    }
    const merged = mergeAnswer(mine, answer);
    if (!same(merged, mine)) {
      record.answers[id] = merged;
      summary.answersUpdated += 1;
    }
  }
  for (const [id, card] of Object.entries(incoming.cards)) {
    const mine = record.cards[id];
    if (!mine) {
      record.cards[id] = structuredClone(card);
      summary.cardsAdded += 1;
    } else if (Date.parse(card.last_review ?? '0') > Date.parse(mine.last_review ?? '0')) {
      record.cards[id] = structuredClone(card);
      summary.cardsUpdated += 1;
    }
  }
  const known = new Set(record.exams.map((e) => e.id));
  for (const exam of incoming.exams) {
    if (known.has(exam.id)) continue;
    if (!exam.submittedAt) {
      summary.examsSkipped += 1;
      continue;
    }
    record.exams.push(structuredClone(exam));
    summary.examsAdded += 1;
  }
  record.exams.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  return { record, summary };
}

/** True when a merge would change nothing. */
export const isEmptyMerge = (s: MergeSummary): boolean =>
  s.answersAdded + s.answersUpdated + s.cardsAdded + s.cardsUpdated + s.examsAdded === 0;

export { emptyProgress };
