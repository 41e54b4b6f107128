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
 * - exam attempts: submitted attempts are added by id, with the exam they name; an attempt in
 *   progress on the other device is not imported (one attempt of each exam runs at a time, and its
 *   clock belongs to that device).
 */
import { emptyProgress, type ProgressRecord, validateProgress } from './progress-record.ts';
import { mergeAnswer, mergeCard } from './progress-merge.ts';
import { implausible } from './plausibility.ts';

export const EXPORT_FORMAT = 'mls-c01-study-guide-progress';

/**
 * The largest file import reads: browser storage holds about 5 MB per site, so a larger export could
 * not be stored, and parsing tens of MB would freeze the page for seconds.
 */
export const MAX_IMPORT_BYTES = 5_000_000;

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Refuses a file too large to import, before it is read; undefined when its size is fine. */
export function importSizeError(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return `This file is ${megabytes(bytes)}; a progress export of this guide is at most ${megabytes(MAX_IMPORT_BYTES)}, as much as browser storage holds, so it was not read.`;
}

export function exportProgress(record: ProgressRecord, now: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: record }, null, 2)}\n`;
}

export type ImportResult = { ok: true; record: ProgressRecord } | { ok: false; error: string };

/**
 * Validate an export file. Anything damaged or implausible (plausibility.ts) refuses the whole file,
 * with the reason in words.
 */
export function parseImport(text: string, now: Date = new Date()): ImportResult {
  const tooLarge = importSizeError(text.length);
  if (tooLarge) return { ok: false, error: tooLarge };
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
  const problems = implausible(result.record, now);
  if (problems.length > 0) {
    const more = problems.length > 3 ? `, and ${problems.length - 3} more` : '';
    return { ok: false, error: `This file cannot be imported: ${problems.slice(0, 3).join('; ')}${more}.` };
  }
  return { ok: true, record: result.record };
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
    } else if (mergeCard(mine, card) !== mine) {
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
