/**
 * The learner's progress in browser storage: one record under `sg-progress` (its format, checks and
 * upgrades are in progress-record.ts). What cannot be read is set aside, never dropped; when storage
 * is unavailable, progress lives in memory and `persistent` is false.
 */
import {
  type AnswerRecord,
  type AnswerSource,
  emptyProgress,
  type ExamAttempt,
  type ProgressRecord,
  readProgress,
  SET_ASIDE_PREFIX,
  STORAGE_KEY,
  type StoredCard,
} from './progress-record.ts';

export * from './progress-record.ts';

export interface ProgressStore {
  /** False when progress cannot be saved beyond this page. */
  readonly persistent: boolean;
  /** What went wrong reading or writing saved progress, in words for the learner; undefined if nothing. */
  readonly problem: string | undefined;
  get(questionId: string): AnswerRecord | undefined;
  all(): Readonly<Record<string, AnswerRecord>>;
  record(questionId: string, chosen: readonly string[], correct: boolean, source?: AnswerSource, now?: Date): AnswerRecord;
  cards(): Readonly<Record<string, StoredCard>>;
  setCard(questionId: string, card: StoredCard): void;
  exams(): readonly ExamAttempt[];
  /** Insert or replace the attempt with the same id. */
  saveExam(attempt: ExamAttempt): void;
  /** The whole record (a copy). */
  snapshot(): ProgressRecord;
  /** Replace the whole record (import after merging, reset). */
  replace(record: ProgressRecord): void;
}

/** The subset of the Web Storage API the store uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

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
  let memory: ProgressRecord = emptyProgress();

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
        problem = `Saved progress could not be read (${setAside.reason}). It was kept aside in this browser under “${key}”; new answers are saved as usual.`;
      } catch {
        // Leave the stored text untouched and work in memory, so nothing is lost.
        storage = null;
        problem = `Saved progress could not be read (${setAside.reason}) and could not be set aside, so it was left as it is; answers on this page are not saved.`;
      }
    }
    memory = record;
    return record;
  };

  const save = (record: ProgressRecord) => {
    memory = record;
    if (!storage) return;
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(record));
    } catch {
      storage = null;
      problem = 'Progress could not be saved (browser storage is full or was turned off); answers are kept only until you leave the page.';
    }
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
      const wrongAt = correct ? previous?.wrongAt : answer.at;
      if (wrongAt !== undefined) answer.wrongAt = wrongAt;
      record.answers[id] = answer;
      save(record);
      return answer;
    },
    cards: () => load().cards,
    setCard(id, card) {
      const record = load();
      record.cards[id] = card;
      save(record);
    },
    exams: () => load().exams,
    saveExam(attempt) {
      const record = load();
      const index = record.exams.findIndex((e) => e.id === attempt.id);
      if (index === -1) record.exams.push(attempt);
      else record.exams[index] = attempt;
      save(record);
    },
    snapshot: () => structuredClone(load()),
    replace(record) {
      save(structuredClone(record));
    },
  };
}
