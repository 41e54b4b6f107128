/**
 * `<sg-progress-data>`: export, import and reset of the learner's progress. Import reads a file,
 * validates all of it (progress-transfer.ts), shows what it would add and merges only when the
 * learner confirms; a bad file shows the reason and changes nothing. Reset asks in a dialog that
 * offers an export first. Both fire `sg-progress-change` on the document.
 */
import { pageProgress } from '../../../client/progress.ts';
import { define, SgElement } from '../../../client/sg-element.ts';
import { emptyProgress, type ProgressRecord } from '../../../lib/progress/progress-store.ts';
import { exportProgress, isEmptyMerge, type MergeSummary, mergeProgress, parseImport } from '../../../lib/progress/progress-transfer.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describe(s: MergeSummary): string {
  const parts = [
    s.answersAdded && `add answers to ${plural(s.answersAdded, 'question')}`,
    s.answersUpdated && `bring ${plural(s.answersUpdated, 'answered question')} up to date`,
    s.cardsAdded && `add ${plural(s.cardsAdded, 'review card')}`,
    s.cardsUpdated && `update ${plural(s.cardsUpdated, 'review card')}`,
    s.examsAdded && `add ${plural(s.examsAdded, 'finished exam attempt')}`,
  ].filter(Boolean);
  const skipped = s.examsSkipped ? ` An exam attempt still in progress in the file is not imported.` : '';
  return `${parts.length ? `This will ${parts.join(', ')}.` : 'This file has nothing this browser does not already have.'} Nothing here is deleted or overwritten.${skipped}`;
}

export class SgProgressData extends SgElement {
  #store = pageProgress();
  #pending: ProgressRecord | undefined;

  protected setup(): void {
    for (const el of this.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
    if (!this.#store.persistent) {
      const notice = this.requirePart('[data-data-notice]');
      notice.textContent = this.#store.problem ?? '';
      notice.hidden = false;
    }
    this.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'export') this.#export();
      else if (action === 'import-confirm') this.#confirmImport();
      else if (action === 'import-cancel') this.#cancelImport('Import cancelled. Nothing was changed.');
      else if (action === 'reset') this.#openReset();
      else if (action === 'reset-confirm') this.#reset();
      else if (action === 'reset-cancel') this.requirePart<HTMLDialogElement>('[data-reset-dialog]').close();
    });
    this.requirePart<HTMLInputElement>('[data-import-file]').addEventListener('change', (event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      if (file) void this.#read(file);
    });
    this.requirePart<HTMLDialogElement>('[data-reset-dialog]').addEventListener('close', () =>
      this.requirePart<HTMLButtonElement>('[data-action="reset"]').focus(),
    );
  }

  #status(text: string): void {
    this.requirePart('[data-data-status]').textContent = text;
  }

  #export(): void {
    const now = new Date();
    const blob = new Blob([exportProgress(this.#store.snapshot(), now)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `mls-c01-progress-${now.toISOString().slice(0, 10)}.json`;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.#status(`Progress exported to ${link.download}.`);
  }

  async #read(file: File): Promise<void> {
    const error = this.requirePart('[data-import-error]');
    error.hidden = true;
    this.requirePart('[data-import-preview]').hidden = true;
    this.#pending = undefined;
    let text: string;
    try {
      text = await file.text();
    } catch {
      text = '';
    }
    const parsed = parseImport(text);
    if (!parsed.ok) {
      error.textContent = `${parsed.error} Nothing was changed.`;
      error.hidden = false;
      this.requirePart<HTMLInputElement>('[data-import-file]').value = '';
      return;
    }
    const { summary } = mergeProgress(this.#store.snapshot(), parsed.record);
    this.#pending = parsed.record;
    this.requirePart('[data-import-summary]').textContent = `${file.name}: ${describe(summary)}`;
    const preview = this.requirePart('[data-import-preview]');
    preview.hidden = false;
    this.requirePart<HTMLButtonElement>('[data-action="import-confirm"]').disabled = isEmptyMerge(summary);
    preview.focus();
  }

  #cancelImport(message: string): void {
    this.#pending = undefined;
    this.requirePart('[data-import-preview]').hidden = true;
    this.requirePart<HTMLInputElement>('[data-import-file]').value = '';
    this.#status(message);
    this.requirePart<HTMLInputElement>('[data-import-file]').focus();
  }

  #confirmImport(): void {
    if (!this.#pending) return;
    const { record, summary } = mergeProgress(this.#store.snapshot(), this.#pending);
    this.#store.replace(record);
    this.#cancelImport(
      `Imported: answers to ${plural(summary.answersAdded, 'question')} added and ${summary.answersUpdated} brought up to date, ` +
        `${plural(summary.cardsAdded + summary.cardsUpdated, 'review card')} and ${plural(summary.examsAdded, 'exam attempt')} added or updated.`,
    );
  }

  #openReset(): void {
    const s = this.#store.snapshot();
    this.requirePart('[data-reset-summary]').textContent =
      `This browser holds answers to ${plural(Object.keys(s.answers).length, 'question')}, ` +
      `${plural(Object.keys(s.cards).length, 'review card')} and ${plural(s.exams.length, 'exam attempt')}.`;
    this.requirePart<HTMLDialogElement>('[data-reset-dialog]').showModal();
    this.requirePart<HTMLButtonElement>('[data-action="reset-cancel"]').focus();
  }

  #reset(): void {
    this.#store.replace(emptyProgress());
    this.requirePart<HTMLDialogElement>('[data-reset-dialog]').close();
    this.#status('All progress was deleted from this browser.');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-progress-data': SgProgressData;
  }
}

define('sg-progress-data', SgProgressData);
