/**
 * The learner's saved progress as data: its format, the checks every read makes, and the
 * upgrade from format 1. Pure (src/lib/progress/progress-store.ts keeps it in storage).
 *
 * The learner's progress, kept in the browser. One record under `sg-progress`, format 2:
 *
 *   { "version": 2,
 *     "answers": { "<question id>": {
 *         "chosen": ["b"], "correct": false, "at": "2026-11-23T10:00:00.000Z",
 *         "source": "quiz", "attempts": 2, "correctAttempts": 1, "wrongAt": "2026-11-23T10:00:00.000Z" } },
 *     "cards": { "<question id>": { "due": "…", "stability": 1.2, "difficulty": 6.4, "elapsed_days": 0,
 *         "scheduled_days": 1, "learning_steps": 0, "reps": 1, "lapses": 0, "state": 1, "last_review": "…" } },
 *     "exams": [ { "id": "exam-…", "startedAt": "…", "limitMs": 10800000, "elapsedMs": 0, "questions": ["…"],
 *         "answers": { "<question id>": ["a"] }, "flagged": [], "current": 0, "seed": 2718281828 } ] }
 *
 * - `answers` holds the latest answer per question id, from every part of the site (`source`).
 *   `wrongAt` is the time of the latest wrong answer: spaced review (review-queue.ts) puts a question
 *   in its queue when that is newer than the question's last review.
 * - `cards` are ts-fsrs cards (dates as ISO strings) of questions that have been reviewed.
 * - `exams` are practice-exam attempts, oldest first; of each exam at most one has no `submittedAt`
 *   (in progress). `exam` names the exam (`"MLA-C01"`); an attempt without it is MLS-C01, as every
 *   attempt saved before there were two exams is, so those load unchanged. An attempt naming an exam
 *   this guide does not know (saved by a newer version) is kept and shown nowhere.
 * - Question ids are stable (they are file names). Records whose id no longer exists in the bank are
 *   kept, not deleted: a question that comes back finds its history again.
 * - Format 1 (answers only) is upgraded on read without losing anything: cards and exams start empty,
 *   and an answer that was ever wrong (`correctAttempts < attempts`) gets `wrongAt` = its `at`, the
 *   latest time it can have been wrong, so it enters the review queue.
 * - What cannot be read is never thrown and never silently dropped: a record that is not JSON, not
 *   this shape, or from a newer version of the site is copied under `sg-progress:set-aside:<time>`
 *   and reported through `problem`; a malformed single answer, card or attempt is set aside the same
 *   way while the rest is kept.
 * - When storage is unavailable (private mode, blocked, full), progress lives in memory for the page
 *   and `persistent` is false, so the page can say so.
 */

export const STORAGE_KEY = 'sg-progress';
export const SET_ASIDE_PREFIX = `${STORAGE_KEY}:set-aside:`;
export const CURRENT_VERSION = 2;

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
  /** ISO time of the latest wrong answer; absent if it was never answered wrong. */
  wrongAt?: string;
}

/** A ts-fsrs `Card` with its dates as ISO strings. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  last_review?: string;
}

/** One practice-exam attempt. */
export interface ExamAttempt {
  /** Unique per attempt: `exam-<start time in ms>` (MLS-C01), `mla-c01-<start time in ms>` (MLA-C01). */
  id: string;
  /** The exam it is of; absent means MLS-C01 (exam-definition.ts `examOf`). */
  exam?: string;
  startedAt: string;
  /** Time allowed, and time used so far (the clock runs only while the exam page is open). */
  limitMs: number;
  elapsedMs: number;
  /** Question ids in the order shown. */
  questions: string[];
  /** Chosen option ids per question id; absent or empty means unanswered. */
  answers: Record<string, string[]>;
  flagged: string[];
  /** Index of the question on screen. */
  current: number;
  /** Set when submitted; `timedOut` when the time ran out. */
  submittedAt?: string;
  timedOut?: boolean;
  /** Questions right and scored at submission, kept so the history survives changes to the bank. */
  score?: { correct: number; total: number };
  /** Seed of the options' order (option-order.ts); absent in attempts started before options were shuffled, which keep the authored order. */
  seed?: number;
}

export interface ProgressRecord {
  version: typeof CURRENT_VERSION;
  answers: Record<string, AnswerRecord>;
  cards: Record<string, StoredCard>;
  exams: ExamAttempt[];
}

const SOURCES: readonly string[] = ['quiz', 'exam', 'drill', 'review'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

export function isAnswerRecord(value: unknown): value is AnswerRecord {
  if (!isObject(value)) return false;
  const r = value;
  return (
    isStrings(r.chosen) &&
    typeof r.correct === 'boolean' &&
    isTime(r.at) &&
    typeof r.source === 'string' &&
    SOURCES.includes(r.source) &&
    isCount(r.attempts) &&
    isCount(r.correctAttempts) &&
    (r.attempts as number) >= 1 &&
    (r.correctAttempts as number) <= (r.attempts as number) &&
    (r.wrongAt === undefined || isTime(r.wrongAt))
  );
}

export function isStoredCard(value: unknown): value is StoredCard {
  if (!isObject(value)) return false;
  const c = value;
  return (
    isTime(c.due) &&
    isNumber(c.stability) &&
    isNumber(c.difficulty) &&
    isNumber(c.elapsed_days) &&
    isNumber(c.scheduled_days) &&
    isCount(c.learning_steps) &&
    isCount(c.reps) &&
    isCount(c.lapses) &&
    (c.state === 0 || c.state === 1 || c.state === 2 || c.state === 3) &&
    (c.last_review === undefined || isTime(c.last_review))
  );
}

export function isExamAttempt(value: unknown): value is ExamAttempt {
  if (!isObject(value)) return false;
  const e = value;
  return (
    typeof e.id === 'string' &&
    e.id.length > 0 &&
    (e.exam === undefined || (typeof e.exam === 'string' && e.exam.length > 0)) &&
    isTime(e.startedAt) &&
    isCount(e.limitMs) &&
    isCount(e.elapsedMs) &&
    isStrings(e.questions) &&
    isObject(e.answers) &&
    Object.values(e.answers).every(isStrings) &&
    isStrings(e.flagged) &&
    isCount(e.current) &&
    (e.submittedAt === undefined || isTime(e.submittedAt)) &&
    (e.timedOut === undefined || typeof e.timedOut === 'boolean') &&
    (e.score === undefined || (isObject(e.score) && isCount(e.score.correct) && isCount(e.score.total))) &&
    (e.seed === undefined || (isCount(e.seed) && (e.seed as number) < 2 ** 32))
  );
}

export const emptyProgress = (): ProgressRecord => ({ version: CURRENT_VERSION, answers: {}, cards: {}, exams: [] });

/** Format 1 answers to format 2: `wrongAt` for answers that were ever wrong. Pure. */
export function upgradeV1Answer(answer: AnswerRecord): AnswerRecord {
  if (answer.wrongAt !== undefined || answer.correctAttempts >= answer.attempts) return answer;
  return { ...answer, wrongAt: answer.at };
}

export interface ReadResult {
  record: ProgressRecord;
  /** Raw text to keep aside, with the reason, when not all of it could be used. */
  setAside?: { raw: string; reason: string };
  /** True when the stored text was format 1 and has been upgraded. */
  upgraded?: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Check that parsed JSON is a progress record of format 1 or 2; returns the valid parts (format 2)
 * and what was dropped, or an error in words when the whole thing is unusable. Pure.
 */
export function validateProgress(data: unknown):
  | {
      ok: true;
      record: ProgressRecord;
      dropped: { answers: Record<string, unknown>; cards: Record<string, unknown>; exams: unknown[] };
      upgraded: boolean;
    }
  | { ok: false; reason: string } {
  if (!isObject(data)) return { ok: false, reason: 'it is not a progress record' };
  const { version, answers } = data;
  if (typeof version === 'number' && version > CURRENT_VERSION) {
    return { ok: false, reason: `it was saved by a newer version of the guide (format ${version})` };
  }
  if ((version !== 1 && version !== 2) || !isObject(answers)) {
    return { ok: false, reason: 'it is not in a format this guide knows' };
  }
  const cards = version === 2 ? data.cards : {};
  const exams = version === 2 ? data.exams : [];
  if (!isObject(cards) || !Array.isArray(exams)) return { ok: false, reason: 'it is not in a format this guide knows' };

  const record = emptyProgress();
  const dropped = { answers: {} as Record<string, unknown>, cards: {} as Record<string, unknown>, exams: [] as unknown[] };
  for (const [id, answer] of Object.entries(answers)) {
    if (isAnswerRecord(answer)) record.answers[id] = version === 1 ? upgradeV1Answer(answer) : answer;
    else dropped.answers[id] = answer;
  }
  for (const [id, card] of Object.entries(cards)) {
    if (isStoredCard(card)) record.cards[id] = card;
    else dropped.cards[id] = card;
  }
  for (const exam of exams) {
    if (isExamAttempt(exam)) record.exams.push(exam);
    else dropped.exams.push(exam);
  }
  return { ok: true, record, dropped, upgraded: version === 1 };
}

/** Parse stored text into a format-2 record, keeping what is valid. Pure. */
export function readProgress(raw: string | null): ReadResult {
  if (raw === null) return { record: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { record: emptyProgress(), setAside: { raw, reason: 'it is not valid JSON' } };
  }
  const result = validateProgress(data);
  if (!result.ok) return { record: emptyProgress(), setAside: { raw, reason: result.reason } };
  const { record, dropped, upgraded } = result;
  const counts = [
    [Object.keys(dropped.answers).length, 'saved answer', 'saved answers'],
    [Object.keys(dropped.cards).length, 'review card', 'review cards'],
    [dropped.exams.length, 'exam attempt', 'exam attempts'],
  ] as const;
  const damaged = counts.filter(([n]) => n > 0);
  if (damaged.length === 0) return { record, upgraded };
  const version = (data as { version: number }).version;
  return {
    record,
    upgraded,
    setAside: {
      raw: JSON.stringify({ version, ...dropped }),
      reason: `${damaged.map(([n, one, many]) => plural(n, one, many)).join(', ')} ${damaged.length === 1 && damaged[0]![0] === 1 ? 'was' : 'were'} damaged`,
    },
  };
}
