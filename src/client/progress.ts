/**
 * The page's one progress store. Every element of a page reads and writes the learner's progress
 * through `pageProgress()`, so they share one parsed copy of it, one in-memory fallback when storage
 * is blocked, and one save status (the page-level `[data-save-status]`, filled at once when a write
 * fails or storage cannot be read). Each change is announced to the page as a typed
 * `sg-progress-change` event on `document`, so a dashboard or a score line can follow it; a change
 * made in another tab (a `storage` event) is read in and announced as `external`.
 */
import { showSaveStatus } from '../components/site/save-status/save-status.ts';
import { createProgressStore, type ProgressStore, STORAGE_KEY } from '../lib/progress/progress-store.ts';

export type ProgressChangeKind = 'answer' | 'card' | 'exam' | 'replace' | 'external';

export interface ProgressChangeDetail {
  kind: ProgressChangeKind;
  /** The question answered or reviewed, for `answer` and `card`. */
  questionId?: string;
}

export const PROGRESS_CHANGE = 'sg-progress-change';

declare global {
  interface DocumentEventMap {
    [PROGRESS_CHANGE]: CustomEvent<ProgressChangeDetail>;
  }
}

let store: ProgressStore | undefined;

function changed(detail: ProgressChangeDetail): void {
  document.dispatchEvent(new CustomEvent(PROGRESS_CHANGE, { detail }));
}

/** The store of this page, created on first use. */
export function pageProgress(): ProgressStore {
  if (store) return store;
  const inner = createProgressStore(() => localStorage);
  const report = () => showSaveStatus(inner.saveProblem, inner.problem);
  /** Report the outcome of a write and announce the change (also when unsaved: the page shows it). */
  const after = <T>(result: T, detail: ProgressChangeDetail): T => {
    report();
    changed(detail);
    return result;
  };
  store = {
    get persistent() {
      return inner.persistent;
    },
    get problem() {
      return inner.problem;
    },
    get saveProblem() {
      return inner.saveProblem;
    },
    get: (id) => inner.get(id),
    all: () => inner.all(),
    cards: () => inner.cards(),
    exams: () => inner.exams(),
    snapshot: () => inner.snapshot(),
    copies: () => inner.copies(),
    stuck: () => inner.stuck(),
    record: (id, chosen, correct, source, now) => after(inner.record(id, chosen, correct, source, now), { kind: 'answer', questionId: id }),
    setCard: (id, card) => after(inner.setCard(id, card), { kind: 'card', questionId: id }),
    saveExam: (attempt) => after(inner.saveExam(attempt), { kind: 'exam' }),
    replace: (record) => after(inner.replace(record), { kind: 'replace' }),
    merge: (incoming) => after(inner.merge(incoming), { kind: 'replace' }),
    clearStuck: () => after(inner.clearStuck(), { kind: 'replace' }),
    deleteCopy: (key) => after(inner.deleteCopy(key), { kind: 'replace' }),
    refresh: () => {
      const result = inner.refresh();
      report();
      if (result) changed({ kind: 'external' });
      return result;
    },
  };
  // Another tab saved progress (or cleared this site's storage): read it in, so this page shows it and
  // its next write builds on it.
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) store?.refresh();
  });
  report();
  return store;
}
