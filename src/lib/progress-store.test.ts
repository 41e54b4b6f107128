import { describe, expect, it } from 'vitest';
import { createProgressStore, readProgress, SET_ASIDE_PREFIX, STORAGE_KEY, type StorageLike } from './progress-store.ts';

class MemoryStorage implements StorageLike {
  items = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

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
      chosen: ['b'], correct: true, at: at.toISOString(), source: 'quiz', attempts: 2, correctAttempts: 1,
    });
    expect(again.problem).toBeUndefined();
    expect(again.persistent).toBe(true);
  });

  it('sets corrupt JSON aside, reports it and keeps working', () => {
    const storage = new MemoryStorage();
    storage.items.set(STORAGE_KEY, '{not json');
    const store = createProgressStore(() => storage, clock);
    expect(store.problem).toMatch(/not valid JSON/);
    expect(storage.items.get(`${SET_ASIDE_PREFIX}${at.toISOString()}`)).toBe('{not json');
    store.record('d1-x', ['a'], true);
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!).answers['d1-x'].correct).toBe(true);
  });

  it('keeps valid answers and sets aside only the damaged ones', () => {
    const good = { chosen: ['a'], correct: true, at: at.toISOString(), source: 'quiz', attempts: 1, correctAttempts: 1 };
    const raw = JSON.stringify({ version: 1, answers: { good, bad: { chosen: 'a' } } });
    const { record, setAside } = readProgress(raw);
    expect(record.answers).toEqual({ good });
    expect(JSON.parse(setAside!.raw)).toEqual({ version: 1, answers: { bad: { chosen: 'a' } } });
    expect(setAside!.reason).toBe('1 saved answer was damaged');
  });

  it('never overwrites a record from a newer version: it is set aside and reported', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ version: 2, answers: {}, extra: true });
    storage.items.set(STORAGE_KEY, newer);
    const store = createProgressStore(() => storage, clock);
    expect(store.problem).toMatch(/newer version/);
    expect(storage.items.get(`${SET_ASIDE_PREFIX}${at.toISOString()}`)).toBe(newer);
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
    expect(store.problem).toMatch(/does not let the guide save/);
    store.record('d1-x', ['a'], true);
    expect(store.get('d1-x')?.correct).toBe(true);
  });

  it('falls back to memory when storage fills up mid-session, keeping the answer', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage, clock);
    storage.failWrites = true;
    store.record('d1-x', ['a'], true);
    expect(store.persistent).toBe(false);
    expect(store.problem).toMatch(/could not be saved/);
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
    expect(store.problem).toMatch(/left as it is/);
  });
});
