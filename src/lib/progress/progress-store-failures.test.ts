/** The store when storage fails: full, unreadable, read-only, damaged beyond setting aside; and two tabs. */
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memory-storage.test-helper.ts';
import { createProgressStore, emptyProgress, type ExamAttempt, PROBE_HEADROOM, STORAGE_KEY } from './progress-store.ts';

const at = new Date('2026-11-23T10:00:00.000Z');
const clock = () => at;
const answer = { chosen: ['a'], correct: true, at: at.toISOString(), source: 'quiz' as const, attempts: 1, correctAttempts: 1 };
const stored = (s: MemoryStorage) => JSON.parse(s.items.get(STORAGE_KEY)!);
const attempt = (over: Partial<ExamAttempt> = {}): ExamAttempt => ({
  id: 'exam-1',
  startedAt: at.toISOString(),
  limitMs: 1000,
  elapsedMs: 0,
  questions: ['q1', 'q2'],
  answers: {},
  flagged: [],
  current: 0,
  ...over,
});

describe('full storage', () => {
  it('is found on opening by writing headroom, not by rewriting a stored value', () => {
    const storage = new MemoryStorage();
    storage.items.set('filler', 'x'.repeat(1000));
    storage.failWrites = 1000 + 'filler'.length + PROBE_HEADROOM / 2;
    const store = createProgressStore(() => storage, clock);
    expect(store.saveProblem?.kind).toBe('nearly-full');
    expect(store.persistent).toBe(true);
    expect([...storage.items.keys()]).toEqual(['filler']);
  });

  it('reports every unsaved answer, keeps it on the page, and saves it with the next answer that fits', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage, clock);
    expect(store.record('q1', ['a'], true).saved).toBe(true);
    storage.failWrites = true;
    const outcome = store.record('q2', ['b'], false);
    expect(outcome).toMatchObject({ saved: false, problem: { kind: 'full', losing: true } });
    expect(store.persistent).toBe(false);
    expect(store.get('q2')?.chosen).toEqual(['b']);
    expect(Object.keys(stored(storage).answers)).toEqual(['q1']);
    storage.failWrites = false;
    expect(store.record('q3', ['c'], true).saved).toBe(true);
    expect(Object.keys(stored(storage).answers).sort()).toEqual(['q1', 'q2', 'q3']);
    expect(store.saveProblem).toBeUndefined();
  });

  it('an import that does not fit changes nothing, and does not claim answers are lost', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage, clock);
    store.record('q1', ['a'], true);
    storage.failWrites = storage.items.get(STORAGE_KEY)!.length + 100;
    const incoming = emptyProgress();
    for (let i = 0; i < 30; i += 1)
      incoming.answers[`new-${i}`] = {
        chosen: ['a'],
        correct: true,
        at: at.toISOString(),
        source: 'quiz',
        attempts: 1,
        correctAttempts: 1,
      };
    const { outcome } = store.merge(incoming);
    expect(outcome).toMatchObject({ saved: false, problem: { kind: 'full' } });
    expect(Object.keys(store.all())).toEqual(['q1']);
    expect(store.saveProblem).toBeUndefined();
  });
});

describe('storage that fails to read or write', () => {
  it('never writes what it could not read: a failing getItem leaves the stored record whole', () => {
    const storage = new MemoryStorage();
    for (const id of ['old-1', 'old-2']) createProgressStore(() => storage, clock).record(id, ['a'], true);
    const text = storage.items.get(STORAGE_KEY);
    storage.failReads = true;
    const store = createProgressStore(() => storage, clock);
    expect(store.saveProblem?.kind).toBe('unreadable');
    expect(store.record('new', ['b'], false)).toMatchObject({ saved: false, problem: { kind: 'unreadable' } });
    expect(storage.items.get(STORAGE_KEY)).toBe(text);
    storage.failReads = false;
    expect(store.record('newer', ['c'], true).saved).toBe(true);
    expect(Object.keys(stored(storage).answers).sort()).toEqual(['new', 'newer', 'old-1', 'old-2']);
  });

  it('readable but not writable storage still shows what is stored', () => {
    const storage = new MemoryStorage();
    createProgressStore(() => storage, clock).record('q1', ['a'], true);
    storage.setItem = () => {
      throw new DOMException('read-only', 'SecurityError');
    };
    const store = createProgressStore(() => storage, clock);
    expect(store.saveProblem?.kind).toBe('read-only');
    expect(store.get('q1')?.correct).toBe(true);
    expect(store.snapshot().answers.q1).toBeTruthy();
  });

  it('a damaged record too large to set aside can be cleared once downloaded, and saving resumes', () => {
    const storage = new MemoryStorage();
    storage.items.set(STORAGE_KEY, `{"version":2,"answers":${'x'.repeat(500)}`);
    storage.failWrites = 600;
    const store = createProgressStore(() => storage, clock);
    expect(store.stuck()?.reason).toBe('it is not valid JSON');
    expect(store.record('q1', ['a'], true).saved).toBe(false);
    expect(storage.items.get(STORAGE_KEY)).toMatch(/^\{"version":2/);
    const outcome = store.clearStuck();
    expect(outcome.saved).toBe(true);
    expect(store.stuck()).toBeUndefined();
    expect(Object.keys(stored(storage).answers)).toEqual(['q1']);
  });
});

describe('two tabs on one storage', () => {
  it('merge, never replace: answers of both survive, attempts count on', () => {
    const storage = new MemoryStorage();
    const a = createProgressStore(() => storage, clock);
    const b = createProgressStore(() => storage, clock);
    a.record('qa', ['a'], true);
    b.record('qb', ['b'], false);
    a.record('qb', ['a'], true);
    expect(Object.keys(stored(storage).answers).sort()).toEqual(['qa', 'qb']);
    expect(stored(storage).answers.qb).toMatchObject({ attempts: 2, correctAttempts: 1, chosen: ['a'] });
    expect(b.refresh()).toBe(true);
    expect(b.get('qa')?.correct).toBe(true);
  });

  it('a submitted attempt is never turned back into a running one', () => {
    const storage = new MemoryStorage();
    const a = createProgressStore(() => storage, clock);
    const b = createProgressStore(() => storage, clock);
    a.saveExam(attempt());
    b.refresh();
    a.saveExam(attempt({ submittedAt: at.toISOString(), score: { correct: 1, total: 2 } }));
    b.saveExam(attempt({ elapsedMs: 5000, answers: { q1: ['a'] } }));
    expect(stored(storage).exams).toHaveLength(1);
    expect(stored(storage).exams[0]).toMatchObject({ submittedAt: at.toISOString(), score: { correct: 1, total: 2 } });
  });
});

describe('cost', () => {
  // Counted, not timed: on a loaded machine a time says little; a parse or a serialisation of the
  // whole record is what made each read and Check slow (the browser test in e2e/storage.spec.ts times it).
  it('parses a 1 MB record once per page, and serialises it once per write, never per read', () => {
    const storage = new MemoryStorage();
    const heavy = emptyProgress();
    for (let i = 0; i < 6500; i += 1) {
      heavy.answers[`heavy-${i}`] = { ...answer, attempts: 2, wrongAt: answer.at };
    }
    storage.items.set(STORAGE_KEY, JSON.stringify(heavy));
    expect(storage.items.get(STORAGE_KEY)!.length).toBeGreaterThan(1_000_000);
    const { parse, stringify } = JSON;
    const calls = { parse: 0, stringify: 0 };
    JSON.parse = (...args: Parameters<typeof parse>) => ((calls.parse += 1), parse(...args));
    JSON.stringify = ((...args: Parameters<typeof stringify>) => ((calls.stringify += 1), stringify(...args))) as typeof stringify;
    try {
      const store = createProgressStore(() => storage, clock);
      expect(calls).toEqual({ parse: 1, stringify: 0 });
      for (let i = 0; i < 10; i += 1) {
        store.all();
        store.get(`heavy-${i}`);
        store.cards();
        store.exams();
        store.record(`new-${i}`, ['a'], true);
      }
      expect(calls).toEqual({ parse: 1, stringify: 10 });
    } finally {
      Object.assign(JSON, { parse, stringify });
    }
    expect(Object.keys(stored(storage).answers)).toHaveLength(6510);
  });
});
