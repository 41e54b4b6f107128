import { describe, expect, it } from 'vitest';
import { createProgressStore, readProgress, SET_ASIDE_PREFIX, STORAGE_KEY } from './progress-store.ts';
import { decodeSetAside } from './set-aside.ts';
import { MemoryStorage } from './memory-storage.test-helper.ts';

const at = new Date('2026-11-23T10:00:00.000Z');
const clock = () => at;

describe('progress store', () => {
  it('round-trips answers through storage and counts attempts', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage, clock);
    store.record('d1-x', ['a'], false);
    store.record('d1-x', ['b'], true);
    const again = createProgressStore(() => storage, clock);
    expect(again.get('d1-x')).toEqual({
      chosen: ['b'],
      correct: true,
      at: at.toISOString(),
      source: 'quiz',
      attempts: 2,
      correctAttempts: 1,
      wrongAt: at.toISOString(),
    });
    expect(again.problem).toBeUndefined();
    expect(again.persistent).toBe(true);
  });

  it('keeps an ordering or matching answer (item=value tokens) beside option answers saved before, in the same version', () => {
    const storage = new MemoryStorage();
    storage.items.set(
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        answers: { 'd1-x': { chosen: ['b'], correct: true, at: at.toISOString(), source: 'quiz', attempts: 1, correctAttempts: 1 } },
        cards: {},
        exams: [],
      }),
    );
    const store = createProgressStore(() => storage, clock);
    store.record('mla-order-x', ['a=2', 'b=1', 'c=3'], false, 'exam');
    const again = createProgressStore(() => storage, clock);
    expect(again.problem).toBeUndefined();
    expect(again.get('d1-x')?.chosen).toEqual(['b']);
    expect(again.get('mla-order-x')).toMatchObject({ chosen: ['a=2', 'b=1', 'c=3'], correct: false, source: 'exam' });
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!).version).toBe(2);
  });

  it('sets corrupt JSON aside, reports it and keeps working', () => {
    const storage = new MemoryStorage();
    storage.items.set(STORAGE_KEY, '{not json');
    const store = createProgressStore(() => storage, clock);
    expect(store.problem).toMatch(/not valid JSON/);
    const key = `${SET_ASIDE_PREFIX}${at.toISOString()}`;
    expect(decodeSetAside(key, storage.items.get(key)!)).toEqual({
      key,
      at: at.toISOString(),
      reason: 'it is not valid JSON',
      raw: '{not json',
    });
    store.record('d1-x', ['a'], true);
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!).answers['d1-x'].correct).toBe(true);
  });

  it('keeps valid answers and sets aside only the damaged ones', () => {
    const good = { chosen: ['a'], correct: true, at: at.toISOString(), source: 'quiz', attempts: 1, correctAttempts: 1 };
    const raw = JSON.stringify({ version: 1, answers: { good, bad: { chosen: 'a' } } });
    const { record, setAside } = readProgress(raw);
    expect(record.answers).toEqual({ good });
    expect(JSON.parse(setAside!.raw)).toEqual({ version: 1, answers: { bad: { chosen: 'a' } }, cards: {}, exams: [] });
    expect(setAside!.reason).toBe('1 saved answer was damaged');
  });

  it('never overwrites a record from a newer version: it is set aside and reported', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ version: 3, answers: {}, extra: true });
    storage.items.set(STORAGE_KEY, newer);
    const store = createProgressStore(() => storage, clock);
    expect(store.problem).toMatch(/newer version/);
    expect(store.copies().map((c) => c.raw)).toEqual([newer]);
  });

  it('treats an unversioned or foreign record as unknown and sets it aside', () => {
    expect(readProgress(JSON.stringify({ answers: {} })).setAside?.reason).toMatch(/format/);
    expect(readProgress('[1,2]').setAside?.reason).toMatch(/not a progress record/);
  });

  it('falls back to memory when storage is unavailable, and says so', () => {
    const store = createProgressStore(() => {
      throw new DOMException('denied', 'SecurityError');
    }, clock);
    expect(store.persistent).toBe(false);
    expect(store.problem).toMatch(/does not let the guide use its storage/);
    store.record('d1-x', ['a'], true);
    expect(store.get('d1-x')?.correct).toBe(true);
  });

  it('falls back to memory when storage fills up mid-session, keeping the answer', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage, clock);
    storage.failWrites = true;
    store.record('d1-x', ['a'], true);
    expect(store.persistent).toBe(false);
    expect(store.problem).toMatch(/not being saved: this browser's storage for this site is full/);
    expect(store.get('d1-x')?.chosen).toEqual(['a']);
  });

  it('leaves unreadable data untouched when it cannot be set aside', () => {
    const storage = new MemoryStorage();
    storage.items.set(STORAGE_KEY, 'garbage');
    const original = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key.startsWith(SET_ASIDE_PREFIX)) throw new DOMException('full', 'QuotaExceededError');
      original(key, value);
    };
    const store = createProgressStore(() => storage, clock);
    expect(storage.items.get(STORAGE_KEY)).toBe('garbage');
    expect(store.persistent).toBe(false);
    expect(store.problem).toMatch(/no room to keep a copy of it aside, so it is left as it is/);
  });
});

describe('format 2', () => {
  /** An attempt in progress as every attempt was saved before there were two exams (no `exam`). */
  const runningExam = () => ({
    id: 'exam-1',
    startedAt: at.toISOString(),
    limitMs: 1000,
    elapsedMs: 0,
    questions: ['q'],
    answers: {},
    flagged: [],
    current: 0,
  });

  const answer = (correct: boolean, attempts: number, correctAttempts: number) => ({
    chosen: ['a'],
    correct,
    at: '2026-11-01T09:00:00.000Z',
    source: 'quiz',
    attempts,
    correctAttempts,
  });

  it('upgrades a format-1 record without losing anything, marking answers that were ever wrong', () => {
    const v1 = { version: 1, answers: { right: answer(true, 1, 1), wrong: answer(false, 1, 0), 'was-wrong': answer(true, 3, 1) } };
    const { record, setAside, upgraded } = readProgress(JSON.stringify(v1));
    expect(setAside).toBeUndefined();
    expect(upgraded).toBe(true);
    expect(record).toEqual({
      version: 2,
      answers: {
        right: v1.answers.right,
        wrong: { ...v1.answers.wrong, wrongAt: '2026-11-01T09:00:00.000Z' },
        'was-wrong': { ...v1.answers['was-wrong'], wrongAt: '2026-11-01T09:00:00.000Z' },
      },
      cards: {},
      exams: [],
    });
  });

  it('writes format 2 on the next save after reading format 1', () => {
    const storage = new MemoryStorage();
    storage.items.set(STORAGE_KEY, JSON.stringify({ version: 1, answers: { old: answer(true, 1, 1) } }));
    const store = createProgressStore(() => storage, clock);
    store.record('new', ['b'], false);
    const saved = JSON.parse(storage.items.get(STORAGE_KEY)!);
    expect(saved.version).toBe(2);
    expect(Object.keys(saved.answers).sort()).toEqual(['new', 'old']);
    expect(saved.answers.new.wrongAt).toBe(at.toISOString());
  });

  it('keeps wrongAt when a later answer is right', () => {
    const store = createProgressStore(() => new MemoryStorage(), clock);
    store.record('q', ['a'], false, 'quiz', new Date('2026-11-20T00:00:00Z'));
    expect(store.record('q', ['b'], true, 'drill').answer.wrongAt).toBe('2026-11-20T00:00:00.000Z');
  });

  it('stores cards and exam attempts, and sets aside only the damaged ones', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage, clock);
    const card = {
      due: at.toISOString(),
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 1 as const,
      last_review: at.toISOString(),
    };
    const exam = runningExam();
    store.setCard('q', card);
    store.saveExam(exam);
    store.saveExam({ ...exam, current: 0, answers: { q: ['a'] } });
    expect(store.exams()).toHaveLength(1);
    expect(store.exams()[0]!.answers).toEqual({ q: ['a'] });
    const saved = JSON.parse(storage.items.get(STORAGE_KEY)!);
    saved.cards.bad = { due: 'never' };
    saved.exams.push({ id: 7 });
    const { record, setAside } = readProgress(JSON.stringify(saved));
    expect(Object.keys(record.cards)).toEqual(['q']);
    expect(record.exams).toHaveLength(1);
    expect(setAside!.reason).toBe('1 review card, 1 exam attempt were damaged');
  });

  it('loads attempts saved before there were two exams unchanged, and keeps the exam an attempt names', () => {
    const old = runningExam();
    const mla = { ...old, id: 'mla-c01-2', exam: 'MLA-C01' };
    const newer = { ...old, id: 'aip-c01-3', exam: 'AIP-C01' };
    const raw = JSON.stringify({ version: 2, answers: {}, cards: {}, exams: [old, mla, newer] });
    const { record, setAside } = readProgress(raw);
    expect(setAside).toBeUndefined();
    expect(record.exams).toEqual([old, mla, newer]);
    expect(readProgress(JSON.stringify({ version: 2, answers: {}, cards: {}, exams: [{ ...old, exam: '' }] })).setAside?.reason).toBe(
      '1 exam attempt was damaged',
    );
  });
});
