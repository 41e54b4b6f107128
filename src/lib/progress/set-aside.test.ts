import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memory-storage.test-helper.ts';
import { SET_ASIDE_PREFIX } from './progress-record.ts';
import { decodeSetAside, listSetAside, MAX_SET_ASIDE, salvage, setAside } from './set-aside.ts';

const now = new Date('2026-11-23T10:00:00.000Z');

describe('set-aside copies', () => {
  it('keep when, why and the text, and at most MAX_SET_ASIDE, deleting the oldest', () => {
    const storage = new MemoryStorage();
    storage.items.set(`${SET_ASIDE_PREFIX}2026-01-01T00:00:00.000Z`, 'bare old copy');
    const results = [1, 2, 3].map((i) => setAside(storage, `raw ${i}`, `reason ${i}`, now));
    expect(results.map((r) => r.deleted)).toEqual([0, 0, 1]);
    const copies = listSetAside(storage);
    expect(copies).toHaveLength(MAX_SET_ASIDE);
    expect(copies.map((c) => [c.reason, c.raw])).toEqual([
      ['reason 1', 'raw 1'],
      ['reason 2', 'raw 2'],
      ['reason 3', 'raw 3'],
    ]);
    // Copies set aside in the same millisecond get distinct keys.
    expect(new Set(copies.map((c) => c.key)).size).toBe(3);
  });

  it('reads a bare copy of an earlier version with no reason', () => {
    expect(decodeSetAside(`${SET_ASIDE_PREFIX}2026-01-01T00:00:00.000Z`, '{"version":9}')).toMatchObject({
      at: '2026-01-01T00:00:00.000Z',
      reason: undefined,
      raw: '{"version":9}',
    });
  });

  it('deletes nothing when the new copy does not fit', () => {
    const storage = new MemoryStorage();
    for (const i of [1, 2, 3]) setAside(storage, `raw ${i}`, 'r', now);
    storage.failWrites = true;
    expect(() => setAside(storage, 'raw 4', 'r', now)).toThrow(DOMException);
    expect(listSetAside(storage)).toHaveLength(3);
  });

  it('salvages the readable, plausible part of a copy, or says why there is none', () => {
    const answer = { chosen: ['a'], correct: true, at: '2026-11-01T00:00:00.000Z', source: 'quiz', attempts: 1, correctAttempts: 1 };
    expect(salvage(JSON.stringify({ version: 2, answers: { q: answer, bad: 1 }, cards: {}, exams: [] }), now)).toMatchObject({
      ok: true,
      record: { answers: { q: answer } },
    });
    expect(salvage('{not json', now)).toEqual({ ok: false, reason: 'nothing in it can be read by this version of the guide' });
    expect(
      salvage(JSON.stringify({ version: 2, answers: { q: { ...answer, at: '2099-01-01T00:00:00.000Z' } }, cards: {}, exams: [] }), now),
    ).toMatchObject({ ok: false });
  });
});
