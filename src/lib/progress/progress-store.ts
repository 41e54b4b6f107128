/**
 * The learner's progress in browser storage: one record under `sg-progress` (its format, checks and
 * upgrades are in progress-record.ts).
 *
 * Contract:
 * - The record is parsed once and kept; `refresh()` re-reads it (the page calls it on `storage`
 *   events), and every write re-reads the stored text first, so a write never puts back a stale copy:
 *   it applies its one change to what is stored now (merged with what this page could not save).
 * - A store never writes what it could not read: when the stored text cannot be read (a failing
 *   `getItem`, or a damaged record that cannot be set aside), nothing is written until it can.
 * - Every write reports its outcome; `saveProblem` says what stops saving, in words with what to do.
 * - Readable but not writable storage still shows (and exports) what is stored.
 * - What cannot be read is set aside (set-aside.ts), never dropped.
 */
import {
  type AnswerRecord,
  type AnswerSource,
  emptyProgress,
  type ExamAttempt,
  type ProgressRecord,
  readProgress,
  STORAGE_KEY,
  type StoredCard,
} from './progress-record.ts';
import { mergeCard, mergeRecords } from './progress-merge.ts';
import { type MergeSummary, mergeProgress } from './progress-transfer.ts';
import { saveProblem, type SaveProblem, type WriteOutcome, writeProblem } from './save-problem.ts';
import { listSetAside, MAX_SET_ASIDE, setAside, type SetAsideCopy, type ShelfStorage } from './set-aside.ts';

export * from './progress-record.ts';
export type { SaveProblem, WriteOutcome } from './save-problem.ts';

/**
 * What the probe on opening writes and removes again: 32 768 characters (64 KB as UTF-16), room for
 * more than a hundred answers (each adds about 200 characters). Writing a value that is not stored
 * yet is the honest test of a full storage: rewriting an existing value never needs new room.
 */
export const PROBE_HEADROOM = 32_768;

export interface ProgressStore {
  /** False when answers given now are not saved beyond this page. */
  readonly persistent: boolean;
  /** What the learner should know about saved progress, in words; undefined if nothing. */
  readonly problem: string | undefined;
  /** What stops (or may soon stop) saving; undefined while saving works. */
  readonly saveProblem: SaveProblem | undefined;
  get(questionId: string): AnswerRecord | undefined;
  all(): Readonly<Record<string, AnswerRecord>>;
  record(
    questionId: string,
    chosen: readonly string[],
    correct: boolean,
    source?: AnswerSource,
    now?: Date,
  ): WriteOutcome & { answer: AnswerRecord };
  cards(): Readonly<Record<string, StoredCard>>;
  setCard(questionId: string, card: StoredCard): WriteOutcome;
  exams(): readonly ExamAttempt[];
  /** Insert or replace the attempt with the same id; a stored submitted attempt is never replaced by a running one. */
  saveExam(attempt: ExamAttempt): WriteOutcome;
  /** The whole record (a copy). */
  snapshot(): ProgressRecord;
  /** Replace the whole record (reset); nothing changes when it cannot be saved. */
  replace(record: ProgressRecord): WriteOutcome;
  /** Merge `incoming` into the stored record (import, restore); nothing changes when it cannot be saved. */
  merge(incoming: ProgressRecord): { outcome: WriteOutcome; summary: MergeSummary };
  /** Re-read storage; true when the record changed (another tab wrote). */
  refresh(): boolean;
  /** Copies set aside, oldest first. */
  copies(): SetAsideCopy[];
  deleteCopy(key: string): void;
  /** A stored record that cannot be read and could not be set aside. */
  stuck(): { raw: string; reason: string } | undefined;
  /** Delete that record (after the learner downloaded it) and save this page's progress in its place. */
  clearStuck(): WriteOutcome;
}

/** The subset of the Web Storage API the store uses. */
export type StorageLike = ShelfStorage;

/** The problem the storage has on opening, found by writing `PROBE_HEADROOM` and removing it. */
function probe(storage: StorageLike): SaveProblem | undefined {
  const key = `${STORAGE_KEY}:probe`;
  const attempt = (value: string) => {
    storage.setItem(key, value);
    storage.removeItem(key);
  };
  try {
    attempt('x'.repeat(PROBE_HEADROOM));
    return undefined;
  } catch {
    try {
      attempt('1');
      return saveProblem('nearly-full');
    } catch (error) {
      return writeProblem(error);
    }
  }
}

/** Open the learner's progress. `getStorage` may throw (blocked storage); that is handled. */
export function createProgressStore(getStorage: () => StorageLike | null, now: () => Date = () => new Date()): ProgressStore {
  let storage: StorageLike | null = null;
  try {
    storage = getStorage();
  } catch {
    storage = null;
  }
  let record = emptyProgress();
  /** The stored text `record` was read from or written as; undefined before the first read. */
  let storedRaw: string | null | undefined;
  /** `record` holds changes that are not in storage. */
  let unsaved = false;
  let problem: SaveProblem | undefined = storage ? undefined : saveProblem('unavailable');
  let notice: string | undefined;
  let stuck: { raw: string; reason: string } | undefined;

  /** Take in stored text that differs from `storedRaw`, setting aside what cannot be read. */
  const ingest = (store: StorageLike, raw: string | null) => {
    const { record: read, setAside: bad } = readProgress(raw);
    if (bad) {
      try {
        const { deleted } = setAside(store, bad.raw, bad.reason, now());
        notice =
          `Saved progress could not be read (${bad.reason}). A copy was kept aside: see “Recover” on the progress page. New answers are saved as usual.` +
          (deleted ? ` The oldest set-aside copy was deleted, to keep at most ${MAX_SET_ASIDE}.` : '');
      } catch {
        stuck = { raw: raw ?? '', reason: bad.reason };
        problem = saveProblem('stuck', bad.reason);
        return;
      }
    }
    record = unsaved ? mergeRecords(read, record) : read;
    storedRaw = raw;
    if (bad) unsaved = true;
  };

  /** Bring `record` up to the stored text; false when it cannot be read. */
  const sync = (): boolean => {
    if (!storage || stuck) return false;
    let raw: string | null;
    try {
      raw = storage.getItem(STORAGE_KEY);
    } catch {
      problem = saveProblem('unreadable');
      return false;
    }
    if (problem?.kind === 'unreadable') problem = undefined;
    if (raw !== storedRaw) ingest(storage, raw);
    return !stuck;
  };

  /**
   * Apply `change` to the freshly read record and save it. With `keep`, the change stays on this page
   * when it cannot be saved (an answer); without, nothing changes then (`change` must not modify its
   * argument).
   */
  const write = (change: (current: ProgressRecord) => ProgressRecord, keep: boolean): WriteOutcome => {
    const readable = sync();
    const next = change(record);
    const failed = (p: SaveProblem): WriteOutcome => {
      if (keep) {
        record = next;
        unsaved = true;
      }
      return { saved: false, problem: p };
    };
    if (!readable || !storage) return failed(problem ?? saveProblem('unavailable'));
    const text = JSON.stringify(next);
    try {
      storage.setItem(STORAGE_KEY, text);
    } catch (error) {
      // A change that is dropped when unsaved (an import too large to fit) says so in its outcome; it
      // does not mean answers are not saved.
      const p = writeProblem(error);
      if (keep) problem = p;
      return failed(p);
    }
    record = next;
    storedRaw = text;
    unsaved = false;
    if (problem) problem = probe(storage);
    return { saved: true };
  };

  if (storage) {
    problem = probe(storage);
    sync();
    if (unsaved && !stuck) write((r) => r, true);
  }

  const newer = (a: string, b: string) => Date.parse(a) > Date.parse(b);

  return {
    get persistent() {
      return !problem?.losing;
    },
    get problem() {
      return problem?.message ?? notice;
    },
    get saveProblem() {
      return problem;
    },
    get: (id) => record.answers[id],
    all: () => record.answers,
    record(id, chosen, correct, source = 'quiz', at = now()) {
      const answer: AnswerRecord = {
        chosen: [...chosen],
        correct,
        at: at.toISOString(),
        source,
        attempts: 1,
        correctAttempts: correct ? 1 : 0,
      };
      const outcome = write((r) => {
        const previous = r.answers[id];
        if (previous) {
          answer.attempts += previous.attempts;
          answer.correctAttempts += previous.correctAttempts;
        }
        const wrongAt = correct ? previous?.wrongAt : answer.at;
        if (wrongAt !== undefined) answer.wrongAt = wrongAt;
        // An answer stored with a later time (another device's clock) stays the latest; this one still counts.
        r.answers[id] =
          previous && newer(previous.at, answer.at)
            ? { ...previous, attempts: answer.attempts, correctAttempts: answer.correctAttempts }
            : answer;
        return r;
      }, true);
      return { ...outcome, answer };
    },
    cards: () => record.cards,
    setCard(id, card) {
      return write((r) => {
        const previous = r.cards[id];
        r.cards[id] = previous ? mergeCard(previous, card) : card;
        return r;
      }, true);
    },
    exams: () => record.exams,
    saveExam(attempt) {
      return write((r) => {
        const index = r.exams.findIndex((e) => e.id === attempt.id);
        if (index === -1) r.exams.push(attempt);
        else if (!r.exams[index]!.submittedAt || attempt.submittedAt) r.exams[index] = attempt;
        return r;
      }, true);
    },
    snapshot: () => structuredClone(record),
    replace(next) {
      return write(() => structuredClone(next), false);
    },
    merge(incoming) {
      let summary!: MergeSummary;
      const outcome = write((current) => {
        const merged = mergeProgress(current, incoming);
        summary = merged.summary;
        return merged.record;
      }, false);
      return { outcome, summary };
    },
    refresh() {
      const before = storedRaw;
      sync();
      return storedRaw !== before;
    },
    copies() {
      try {
        return storage ? listSetAside(storage) : [];
      } catch {
        return [];
      }
    },
    deleteCopy(key) {
      if (!this.copies().some((c) => c.key === key)) return;
      try {
        storage?.removeItem(key);
      } catch {
        // Storage refused: the copy stays listed, which is what the learner then sees.
      }
    },
    stuck: () => stuck,
    clearStuck() {
      if (!stuck || !storage) return write((r) => r, true);
      try {
        storage.removeItem(STORAGE_KEY);
      } catch (error) {
        return { saved: false, problem: writeProblem(error) };
      }
      stuck = undefined;
      problem = probe(storage);
      unsaved = true;
      return write((r) => r, true);
    },
  };
}
