/**
 * Which exam a piece of content serves, from its tags: MLS-C01 outline ids (`tasks`) and MLA-C01 ids
 * (`mla`). Pure; the sidebar marks, the page's note at the top and the search filter use it.
 */
import type { ExamChoice } from '../exam/exam-choice.ts';

/**
 * `both` (tagged for both outlines), `mls` (MLS-C01 tasks, no MLA-C01 id), `mla` (MLA-C01 ids, no
 * MLS-C01 task) or `general` (neither: the exam, study-plan and reference pages serve both).
 */
export type ExamScope = 'both' | ExamChoice | 'general';

export function examScope(tasks: readonly string[], mla: readonly string[]): ExamScope {
  if (tasks.length > 0) return mla.length > 0 ? 'both' : 'mls';
  return mla.length > 0 ? 'mla' : 'general';
}

/** The exam a page serves alone (`mls` or `mla`), if it serves only one. */
export const onlyExam = (scope: ExamScope): ExamChoice | undefined => (scope === 'mls' || scope === 'mla' ? scope : undefined);

/** The exams a page teaches, by their codes, for the search filter `exam`. */
export function scopeExams(scope: ExamScope): ('MLS-C01' | 'MLA-C01')[] {
  if (scope === 'both') return ['MLS-C01', 'MLA-C01'];
  if (scope === 'mls') return ['MLS-C01'];
  if (scope === 'mla') return ['MLA-C01'];
  return [];
}

/** The note at the top of a page that serves one exam only. */
export const ONLY_NOTE: Record<ExamChoice, string> = {
  mls: 'MLS-C01 only: MLA-C01 does not test what this page teaches.',
  mla: 'MLA-C01 only: this page teaches what MLA-C01 tests and MLS-C01 did not.',
};
