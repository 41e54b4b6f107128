import { describe, expect, it } from 'vitest';
import { EXAM_KEY } from '../../config.ts';
import { MemoryStorage } from '../progress/memory-storage.test-helper.ts';
import { examFromSearch, openExam, readExam } from './exam-choice.ts';

const storing = (value?: string) => {
  const storage = new MemoryStorage();
  if (value !== undefined) storage.items.set(EXAM_KEY, value);
  return storage;
};
const blocked = () => {
  throw new DOMException('blocked', 'SecurityError');
};

describe('examFromSearch', () => {
  it('reads ?exam=mla and ?exam=mls among other parameters', () => {
    expect(examFromSearch('?exam=mla')).toBe('mla');
    expect(examFromSearch('?q=xgboost&exam=mls')).toBe('mls');
  });
  it('ignores an absent, empty or unknown value', () => {
    expect(examFromSearch('')).toBeUndefined();
    expect(examFromSearch('?exam=')).toBeUndefined();
    expect(examFromSearch('?exam=MLA-C01')).toBeUndefined();
    expect(examFromSearch('?exam=mlax')).toBeUndefined();
  });
});

describe('readExam', () => {
  it('returns a valid stored choice', () => {
    expect(readExam(() => storing('mla'))).toBe('mla');
    expect(readExam(() => storing('mls'))).toBe('mls');
  });
  it('treats a missing or invalid record as no choice', () => {
    expect(readExam(() => storing())).toBeUndefined();
    expect(readExam(() => storing('{"exam":"mla"}'))).toBeUndefined();
    expect(readExam(() => storing('MLA'))).toBeUndefined();
  });
  it('tolerates storage that is missing, cannot be got or cannot be read', () => {
    expect(readExam(() => null)).toBeUndefined();
    expect(readExam(blocked)).toBeUndefined();
    const unreadable = storing('mla');
    unreadable.failReads = true;
    expect(readExam(() => unreadable)).toBeUndefined();
  });
});

describe('openExam', () => {
  it('lets the URL win over the stored choice and saves it as the choice', () => {
    const storage = storing('mls');
    expect(openExam('?exam=mla', () => storage)).toEqual({ exam: 'mla', saved: true });
    expect(storage.items.get(EXAM_KEY)).toBe('mla');
    expect(openExam('', () => storage)).toEqual({ exam: 'mla', saved: true });
    expect(openExam('?exam=mls', () => storage)).toEqual({ exam: 'mls', saved: true });
    expect(storage.items.get(EXAM_KEY)).toBe('mls');
  });
  it('falls back to the stored choice, then to MLS-C01', () => {
    expect(openExam('?exam=bogus', () => storing('mla'))).toEqual({ exam: 'mla', saved: true });
    expect(openExam('', () => storing())).toEqual({ exam: 'mls', saved: true });
    expect(openExam('', () => storing('garbage'))).toEqual({ exam: 'mls', saved: true });
  });
  it('applies the URL’s exam but reports it unsaved when storage refuses it', () => {
    const full = storing('mls');
    full.failWrites = true;
    expect(openExam('?exam=mla', () => full)).toEqual({ exam: 'mla', saved: false });
    expect(full.items.get(EXAM_KEY)).toBe('mls');
    expect(openExam('?exam=mla', blocked)).toEqual({ exam: 'mla', saved: false });
    expect(openExam('?exam=mla', () => null)).toEqual({ exam: 'mla', saved: false });
  });
  it('opens in MLS-C01 without a word when storage is blocked and the URL names no exam', () => {
    expect(openExam('', blocked)).toEqual({ exam: 'mls', saved: true });
  });
});
