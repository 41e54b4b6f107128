/** `/theme.js` run as the browser runs it, with a Storage-like object, held to `openExam()`. */
import { describe, expect, it } from 'vitest';
import { EXAM_KEY, THEME_KEY } from '../../config.ts';
import { MemoryStorage } from '../progress/memory-storage.test-helper.ts';
import { openExam } from './exam-choice.ts';
import { themeScript } from './theme-script.ts';

type Failure = 'none' | 'writes' | 'blocked';

function storageFor(stored: string | undefined, failure: Failure, theme?: string): MemoryStorage {
  const storage = new MemoryStorage();
  if (stored !== undefined) storage.items.set(EXAM_KEY, stored);
  if (theme !== undefined) storage.items.set(THEME_KEY, theme);
  storage.failWrites = failure === 'writes';
  storage.failReads = failure === 'blocked';
  if (failure === 'blocked')
    storage.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  return storage;
}

/** Runs the script; returns `<html>`'s dataset and what was stored. */
function run(search: string, storage: MemoryStorage): { dataset: Record<string, string>; stored: string | undefined } {
  const dataset: Record<string, string> = {};
  new Function('document', 'location', 'localStorage', themeScript())({ documentElement: { dataset } }, { search }, storage);
  return { dataset, stored: storage.items.get(EXAM_KEY) };
}

describe('/theme.js', () => {
  const searches = ['', '?exam=mla', '?exam=mls', '?q=1&exam=mla', '?exam=mla&q=1', '?exam=bogus', '?exam=mlax', '?xexam=mla'];
  const stored = [undefined, 'mla', 'mls', 'garbage'];
  const failures: Failure[] = ['none', 'writes', 'blocked'];
  for (const search of searches)
    for (const value of stored)
      for (const failure of failures)
        it(`opens "${search}" with ${value ?? 'nothing'} stored and ${failure} failing as openExam() does`, () => {
          const expected = openExam(search, () => storageFor(value, failure));
          const { dataset } = run(search, storageFor(value, failure));
          expect(dataset.exam).toBe(expected.exam === 'mla' ? 'mla' : undefined);
          expect('examUnsaved' in dataset).toBe(!expected.saved);
        });

  it('saves the URL’s exam as the choice', () => {
    expect(run('?exam=mla', storageFor('mls', 'none')).stored).toBe('mla');
    expect(run('?exam=mls', storageFor('mla', 'none')).stored).toBe('mls');
    expect(run('', storageFor('mla', 'none')).stored).toBe('mla');
  });

  it('still sets a saved theme, and only a valid one', () => {
    expect(run('', storageFor(undefined, 'none', 'dark')).dataset.theme).toBe('dark');
    expect(run('?exam=mla', storageFor(undefined, 'none', 'light')).dataset).toEqual({ theme: 'light', exam: 'mla' });
    expect(run('', storageFor(undefined, 'none', 'pink')).dataset.theme).toBeUndefined();
  });
});
