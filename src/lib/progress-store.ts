/**
 * The learner's answers, kept in the browser. One record under `sg-progress`:
 *
 *   { "version": 1, "answers": { "<question id>": {
 *       "chosen": ["b"], "correct": true, "at": "2026-11-23T10:00:00.000Z",
 *       "source": "quiz", "attempts": 2, "correctAttempts": 1 } } }
 *
 * - `answers` holds the latest answer per question id; the practice exam, the dashboard and spaced
 *   review read the same records (`source` says where the answer was given).
 * - Question ids are stable (they are file names). An answer whose id no longer exists in the bank
 *   is kept, not deleted: a question that comes back finds its history again.
 * - What cannot be read is never thrown and never silently dropped: a record that is not JSON, not
 *   this shape, or from a newer version of the site is copied under `sg-progress:set-aside:<time>`
 *   and reported through `problem`; a malformed single answer is set aside the same way while the
 *   others are kept.
 * - When storage is unavailable (private mode, blocked, full), answers live in memory for the page
 *   and `persistent` is false, so the page can say so.
 */

export const STORAGE_KEY = 'sg-progress';
export const SET_ASIDE_PREFIX = `${STORAGE_KEY}:set-aside:`;
export const CURRENT_VERSION = 1;

export type AnswerSource = 'quiz' | 'exam' | 'drill' | 'review';

export interface AnswerRecord {
  chosen: string[];
  correct: boolean;
  /** ISO time of the latest answer. */
  at: string;
  source: AnswerSource;
  /** How many times the question was answered, and how many of those were right. */
  attempts: number;
  correctAttempts: number;
}

interface ProgressRecord {
  version: typeof CURRENT_VERSION;
  answers: Record<string, AnswerRecord>;
}

export interface ProgressStore {
  /** False when answers cannot be saved beyond this page. */
  readonly persistent: boolean;
  /** What went wrong reading or writing saved progress, in words for the learner; undefined if nothing. */
  readonly problem: string | undefined;
  get(questionId: string): AnswerRecord | undefined;
  all(): Readonly<Record<string, AnswerRecord>>;
  record(questionId: string, chosen: readonly string[], correct: boolean, source?: AnswerSource, now?: Date): AnswerRecord;
}

/** The subset of the Web Storage API the store uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const SOURCES: readonly string[] = ['quiz', 'exam', 'drill', 'review'];

export function isAnswerRecord(value: unknown): value is AnswerRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    Array.isArray(r.chosen) &&
    r.chosen.every((c) => typeof c === 'string') &&
    typeof r.correct === 'boolean' &&
    typeof r.at === 'string' &&
    !Number.isNaN(Date.parse(r.at)) &&
    typeof r.source === 'string' &&
    SOURCES.includes(r.source) &&
    Number.isInteger(r.attempts) &&
    Number.isInteger(r.correctAttempts) &&
    (r.attempts as number) >= 1 &&
    (r.correctAttempts as number) >= 0 &&
    (r.correctAttempts as number) <= (r.attempts as number)
  );
}

interface ReadResult {
  record: ProgressRecord;
  /** Raw text to keep aside, with the reason, when not all of it could be used. */
  setAside?: { raw: string; reason: string };
}

/** Parse stored text into a record, keeping what is valid. Pure. */
export function readProgress(raw: string | null): ReadResult {
  const empty: ProgressRecord = { version: CURRENT_VERSION, answers: {} };
  if (raw === null) return { record: empty };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { record: empty, setAside: { raw, reason: 'it is not valid JSON' } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { record: empty, setAside: { raw, reason: 'it is not a progress record' } };
  }
  const { version, answers } = data as { version?: unknown; answers?: unknown };
  if (typeof version === 'number' && version > CURRENT_VERSION) {
    return { record: empty, setAside: { raw, reason: `it was saved by a newer version of the guide (format ${version})` } };
  }
  if (version !== CURRENT_VERSION || typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return { record: empty, setAside: { raw, reason: 'it is not in a format this guide knows' } };
  }
  const kept: Record<string, AnswerRecord> = {};
  const dropped: Record<string, unknown> = {};
  for (const [id, answer] of Object.entries(answers)) {
    if (isAnswerRecord(answer)) kept[id] = answer;
    else dropped[id] = answer;
  }
  const droppedCount = Object.keys(dropped).length;
  if (droppedCount === 0) return { record: { version: CURRENT_VERSION, answers: kept } };
  return {
    record: { version: CURRENT_VERSION, answers: kept },
    setAside: {
      raw: JSON.stringify({ version, answers: dropped }),
      reason: `${droppedCount} saved answer${droppedCount === 1 ? ' was' : 's were'} damaged`,
    },
  };
}

function openStorage(getStorage: () => StorageLike | null): StorageLike | null {
  try {
    const storage = getStorage();
    if (!storage) return null;
    const probe = `${STORAGE_KEY}:probe`;
    storage.setItem(probe, '1');
    return storage;
  } catch {
    return null;
  }
}

/** Open the learner's progress. `getStorage` may throw (blocked storage); that is handled. */
export function createProgressStore(getStorage: () => StorageLike | null, now: () => Date = () => new Date()): ProgressStore {
  let storage = openStorage(getStorage);
  let problem: string | undefined;
  let memory: ProgressRecord = { version: CURRENT_VERSION, answers: {} };

  const load = (): ProgressRecord => {
    if (!storage) return memory;
    let raw: string | null;
    try {
      raw = storage.getItem(STORAGE_KEY);
    } catch {
      return memory;
    }
    const { record, setAside } = readProgress(raw);
    if (setAside) {
      const key = `${SET_ASIDE_PREFIX}${now().toISOString()}`;
      try {
        storage.setItem(key, setAside.raw);
        storage.setItem(STORAGE_KEY, JSON.stringify(record));
        problem = `Saved quiz progress could not be read (${setAside.reason}). It was kept aside in this browser under “${key}”; new answers are saved as usual.`;
      } catch {
        // Leave the stored text untouched and work in memory, so nothing is lost.
        storage = null;
        problem = `Saved quiz progress could not be read (${setAside.reason}) and could not be set aside, so it was left as it is; answers on this page are not saved.`;
      }
    }
    memory = record;
    return record;
  };

  if (!storage) {
    problem = 'This browser does not let the guide save progress (storage is off or full); answers are kept only until you leave the page.';
  } else {
    load();
  }

  return {
    get persistent() {
      return storage !== null;
    },
    get problem() {
      return problem;
    },
    get: (id) => load().answers[id],
    all: () => load().answers,
    record(id, chosen, correct, source = 'quiz', at = now()) {
      const record = load();
      const previous = record.answers[id];
      const answer: AnswerRecord = {
        chosen: [...chosen],
        correct,
        at: at.toISOString(),
        source,
        attempts: (previous?.attempts ?? 0) + 1,
        correctAttempts: (previous?.correctAttempts ?? 0) + (correct ? 1 : 0),
      };
      record.answers[id] = answer;
      memory = record;
      if (storage) {
        try {
          storage.setItem(STORAGE_KEY, JSON.stringify(record));
        } catch {
          storage = null;
          problem = 'Progress could not be saved (browser storage is full or was turned off); answers are kept only until you leave the page.';
        }
      }
      return answer;
    },
  };
}
