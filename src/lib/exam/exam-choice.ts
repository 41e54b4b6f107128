/**
 * The exam the learner studies for: MLS-C01 (the default) or MLA-C01, from the URL and the device.
 * Pure: the caller passes the page's query string and a function returning a Storage-like object
 * (which may throw, as `localStorage` does where site data is blocked).
 *
 * The contract, which /theme.js (src/pages/theme.js.ts) carries out before first paint in a few bytes
 * and its test holds to `openExam()` case by case:
 * - `?exam=mla` or `?exam=mls` wins (a shared link, or the exam switch's links) and is saved as the
 *   choice, so the next page opens in the same exam; if it cannot be saved, it applies to this page
 *   and the page says so (`<html data-exam-unsaved>`).
 * - Otherwise the stored choice applies, else MLS-C01.
 * - `<html data-exam="mla">` marks MLA-C01; MLS-C01 is the attribute's absence, so nothing changes for
 *   it. The attribute never holds another value: CSS tests its presence.
 *
 * Stored shape: `localStorage["sg-exam"]` (EXAM_KEY) holds `"mla"` or `"mls"`. Any other value (an
 * unknown future record, a hand edit) reads as no choice, so MLS-C01 applies until the next choice
 * overwrites it.
 */
import { EXAM_KEY } from '../../config.ts';

/** `mls` (MLS-C01) or `mla` (MLA-C01): the value of `?exam=`, of the stored choice and of `<html data-exam>`. */
export type ExamChoice = 'mls' | 'mla';

export const DEFAULT_EXAM: ExamChoice = 'mls';

/** The query parameter that opens a page in an exam: `?exam=mla`. */
export const EXAM_PARAM = 'exam';

/** The exam codes shown to the learner. */
export const EXAM_LABELS: Record<ExamChoice, 'MLS-C01' | 'MLA-C01'> = { mls: 'MLS-C01', mla: 'MLA-C01' };

export const EXAM_CHOICES = Object.keys(EXAM_LABELS) as ExamChoice[];

export const isExamChoice = (value: unknown): value is ExamChoice => value === 'mls' || value === 'mla';

export type ExamStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The exam a query string names (`?exam=mla`), if it names a valid one. */
export function examFromSearch(search: string): ExamChoice | undefined {
  const value = new URLSearchParams(search).get(EXAM_PARAM);
  return isExamChoice(value) ? value : undefined;
}

/** The stored choice, if there is a valid one and the storage can be read. */
export function readExam(getStorage: () => ExamStorage | null): ExamChoice | undefined {
  try {
    const value = getStorage()?.getItem(EXAM_KEY);
    return isExamChoice(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export interface ExamOpening {
  exam: ExamChoice;
  /** False when the URL named an exam that the storage refused to keep (blocked, read-only, full). */
  saved: boolean;
}

/** The exam a page opens in, saving the one its URL names (see the module's contract). */
export function openExam(search: string, getStorage: () => ExamStorage | null): ExamOpening {
  const fromUrl = examFromSearch(search);
  if (!fromUrl) return { exam: readExam(getStorage) ?? DEFAULT_EXAM, saved: true };
  try {
    const storage = getStorage();
    if (!storage) return { exam: fromUrl, saved: false };
    storage.setItem(EXAM_KEY, fromUrl);
    return { exam: fromUrl, saved: true };
  } catch {
    return { exam: fromUrl, saved: false };
  }
}

/** What the switch says when the choice cannot be kept on this device. */
export const EXAM_NOT_SAVED = 'Not saved (storage is blocked): for this page only.';
