/**
 * `<sg-progress-data>`: export, import and reset of the learner's progress. Import refuses a file
 * over the size cap before reading it, validates all of it (progress-transfer.ts, plausibility.ts),
 * shows what it would add and merges only when the learner confirms; a bad file shows the reason and
 * changes nothing. After Import it says what was stored, or that nothing was (and why). Reset asks in
 * a dialog that offers an export first, and also deletes the set-aside copies it lists. Both fire
 * `sg-progress-change` on the document.
 */
import { pageProgress } from '../../../client/progress.ts';
import { define, SgElement } from '../../../client/sg-element.ts';
import { emptyProgress, type ProgressRecord } from '../../../lib/progress/progress-store.ts';
import { attemptsWithRetiredQuestions } from '../../../lib/progress/plausibility.ts';
import {
  exportProgress,
  importSizeError,
  isEmptyMerge,
  type MergeSummary,
  mergeProgress,
  parseImport,
} from '../../../lib/progress/progress-transfer.ts';
import { downloadText, sizeText } from './download.ts';

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
    const name = `mls-c01-progress-${now.toISOString().slice(0, 10)}.json`;
    downloadText(name, exportProgress(this.#store.snapshot(), now));
    this.#status(`Progress exported to ${name}.`);
  }

  /** The question ids of both exams' banks, from the dashboard's embedded data on this page. */
  #bankIds(): Set<string> {
    const data = document.querySelector('script[data-dashboard]')?.textContent;
    if (!data) return new Set();
    const { questions, mla } = JSON.parse(data) as { questions: [string][]; mla?: { questions: [string][] } };
    return new Set([...questions, ...(mla?.questions ?? [])].map(([id]) => id));
  }

  #refuse(message: string): void {
    const error = this.requirePart('[data-import-error]');
    error.textContent = `${message} Nothing was changed.`;
    error.hidden = false;
    this.requirePart<HTMLInputElement>('[data-import-file]').value = '';
  }

  async #read(file: File): Promise<void> {
    this.requirePart('[data-import-error]').hidden = true;
    this.requirePart('[data-import-preview]').hidden = true;
    this.#pending = undefined;
    // Checked before reading, so a huge file never freezes the page.
    const tooLarge = importSizeError(file.size);
    if (tooLarge) return this.#refuse(tooLarge);
    let text: string;
    try {
      text = await file.text();
    } catch {
      text = '';
    }
    const parsed = parseImport(text);
    if (!parsed.ok) return this.#refuse(parsed.error);
    const { summary } = mergeProgress(this.#store.snapshot(), parsed.record);
    this.#pending = parsed.record;
    const finished = new Set(parsed.record.exams.filter((e) => e.submittedAt).map((e) => e.id));
    const retired = attemptsWithRetiredQuestions(parsed.record, this.#bankIds()).filter((id) => finished.has(id)).length;
    const marked = retired
      ? ` ${plural(retired, 'finished exam attempt')} in the file ${retired === 1 ? 'has' : 'have'} questions no longer in this guide: ${retired === 1 ? 'it is' : 'they are'} kept with the score ${retired === 1 ? 'it' : 'they'} had.`
      : '';
    this.requirePart('[data-import-summary]').textContent = `${file.name}: ${describe(summary)}${marked}`;
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
    const pending = this.#pending;
    if (!pending) return;
    const { outcome, summary } = this.#store.merge(pending);
    if (!outcome.saved) {
      const size = sizeText(JSON.stringify(mergeProgress(this.#store.snapshot(), pending).record).length);
      this.#cancelImport('');
      return this.#refuse(
        outcome.problem.kind === 'full'
          ? `Nothing was imported: with this file your progress would take ${size}, more than this browser's storage for this site has room for. Free space (delete copies under “Recover” below, or other data this site keeps) and import again.`
          : `Nothing was imported. ${outcome.problem.message}`,
      );
    }
    this.#cancelImport(
      `Imported and saved in this browser: answers to ${plural(summary.answersAdded, 'question')} added and ${summary.answersUpdated} brought up to date, ` +
        `${plural(summary.cardsAdded + summary.cardsUpdated, 'review card')} and ${plural(summary.examsAdded, 'exam attempt')} added or updated.`,
    );
  }

  #openReset(): void {
    const s = this.#store.snapshot();
    const copies = this.#store.copies().length;
    this.requirePart('[data-reset-summary]').textContent =
      `This browser holds answers to ${plural(Object.keys(s.answers).length, 'question')}, ` +
      `${plural(Object.keys(s.cards).length, 'review card')} and ${plural(s.exams.length, 'exam attempt')}` +
      (copies ? `, and ${plural(copies, 'set-aside copy', 'set-aside copies')} of progress that could not be read.` : '.');
    this.requirePart<HTMLDialogElement>('[data-reset-dialog]').showModal();
    this.requirePart<HTMLButtonElement>('[data-action="reset-cancel"]').focus();
  }

  #reset(): void {
    const outcome = this.#store.replace(emptyProgress());
    if (outcome.saved) for (const copy of this.#store.copies()) this.#store.deleteCopy(copy.key);
    this.requirePart<HTMLDialogElement>('[data-reset-dialog]').close();
    this.#status(outcome.saved ? 'All progress was deleted from this browser.' : `Nothing was deleted: ${outcome.problem.message}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-progress-data': SgProgressData;
  }
}

define('sg-progress-data', SgProgressData);
