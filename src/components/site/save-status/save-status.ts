/**
 * Fills the page's save status (SaveStatus.astro, `[data-save-status]`, a `role="status"` region, so
 * the change is announced): what stops saving and what to do, a notice about set-aside progress, or,
 * once saving works again after a failure, that it does. Called by the page's progress store.
 */
import { escapeHtml } from '../../../client/html.ts';
import type { SaveProblem } from '../../../lib/progress/save-problem.ts';
import { PRACTICE } from '../../../lib/urls.ts';

/** Show `message` (the store's `problem`); `problem` says whether answers are being lost. */
export function showSaveStatus(problem: SaveProblem | undefined, message: string | undefined): void {
  const slot = document.querySelector<HTMLElement>('[data-save-status]');
  if (!slot) return;
  const wasLosing = slot.dataset.losing === 'true';
  const losing = problem?.losing ?? false;
  const text = message ?? (wasLosing ? 'Your answers are being saved again.' : '');
  const key = `${losing}:${text}`;
  if (slot.dataset.shown === key) return;
  slot.dataset.shown = key;
  slot.dataset.losing = String(losing);
  if (problem) slot.dataset.kind = problem.kind;
  else delete slot.dataset.kind;
  slot.innerHTML = text
    ? `<p>${losing ? '<strong>Not saved.</strong> ' : ''}${escapeHtml(text)}${
        problem && location.pathname !== PRACTICE.progress ? ` <a href="${PRACTICE.progress}#your-data">Go to the progress page</a>.` : ''
      }</p>`
    : '';
}
