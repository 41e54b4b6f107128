/**
 * What can stop the guide saving progress, and what the page tells the learner about it: the reason
 * and what to do. Pure; the store picks the kind, the page-level status shows the words.
 */
export type SaveProblemKind = 'unavailable' | 'unreadable' | 'read-only' | 'full' | 'nearly-full' | 'stuck';

export interface SaveProblem {
  kind: SaveProblemKind;
  /** True when answers given now are not saved (false only for `nearly-full`). */
  losing: boolean;
  message: string;
}

/** The outcome of one write the store was asked for. */
export type WriteOutcome = { saved: true } | { saved: false; problem: SaveProblem };

const EXPORT = 'To keep them, export your progress from the progress page before you leave.';
const FREE =
  'Free space: delete copies set aside under “Recover” on the progress page, or clear other data this site keeps in the browser.';

export function saveProblem(kind: SaveProblemKind, detail = ''): SaveProblem {
  const messages: Record<SaveProblemKind, string> = {
    unavailable: `Your answers are not being saved: this browser does not let the guide use its storage (site data is blocked or a privacy setting is on). They are kept until you leave this page. Allow site data for this site and reload. ${EXPORT}`,
    unreadable: `Your saved progress could not be read (the browser refused; a privacy setting or an extension may block it), so nothing is written over it and answers on this page are not saved. Allow site data for this site and reload. ${EXPORT}`,
    'read-only': `Your saved progress is shown, but this browser does not let the guide save new answers (storage is read-only here). Answers on this page are kept until you leave it. ${EXPORT}`,
    full: `Your answers are not being saved: this browser's storage for this site is full. ${FREE} Your next answer is saved as soon as there is room. ${EXPORT}`,
    'nearly-full': `This browser's storage for this site is nearly full, so new answers may soon not be saved. ${FREE} Or export your progress from the progress page.`,
    stuck: `Your saved progress could not be read (${detail}) and there is no room to keep a copy of it aside, so it is left as it is and answers on this page are not saved. On the progress page, under “Recover”, download it and then clear it.`,
  };
  return { kind, losing: kind !== 'nearly-full', message: messages[kind] };
}

/** The problem a failed `setItem` means: a full storage, or one that refuses writes. */
export const writeProblem = (error: unknown): SaveProblem =>
  saveProblem(
    error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
      ? 'full'
      : 'read-only',
  );
