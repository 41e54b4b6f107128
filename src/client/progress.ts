/**
 * The page's one progress store. Every element of a page reads and writes the learner's progress
 * through `pageProgress()`, so they share one view of it, one in-memory fallback when storage is
 * blocked, and one `problem` to report. Each change is announced to the page as a typed
 * `sg-progress-change` event on `document`, so a dashboard or a score line can follow it.
 */
import { createProgressStore, type ProgressStore } from '../lib/progress/progress-store.ts';

export type ProgressChangeKind = 'answer' | 'card' | 'exam' | 'replace';

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
  store = {
    get persistent() {
      return inner.persistent;
    },
    get problem() {
      return inner.problem;
    },
    get: (id) => inner.get(id),
    all: () => inner.all(),
    cards: () => inner.cards(),
    exams: () => inner.exams(),
    snapshot: () => inner.snapshot(),
    record(id, chosen, correct, source, now) {
      const answer = inner.record(id, chosen, correct, source, now);
      changed({ kind: 'answer', questionId: id });
      return answer;
    },
    setCard(id, card) {
      inner.setCard(id, card);
      changed({ kind: 'card', questionId: id });
    },
    saveExam(attempt) {
      inner.saveExam(attempt);
      changed({ kind: 'exam' });
    },
    replace(record) {
      inner.replace(record);
      changed({ kind: 'replace' });
    },
  };
  return store;
}
