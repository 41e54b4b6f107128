/**
 * `<sg-progress-recover>`: the copies of saved progress that could not be read and were set aside
 * (set-aside.ts), each with when, why and how large, to download, merge back (what this version can
 * read of it, checked like an import) or delete. When the stored record cannot be read and there was
 * no room to set it aside, it offers to download that record and then, only then, to clear it so
 * answers are saved again.
 */
import { escapeHtml } from '../../../client/html.ts';
import { PROGRESS_CHANGE, pageProgress } from '../../../client/progress.ts';
import { define, SgElement } from '../../../client/sg-element.ts';
import { salvage } from '../../../lib/progress/set-aside.ts';
import { downloadText, sizeText } from './download.ts';

const fileName = (at: string) => `mls-c01-set-aside-${at.replace(/[:.]/g, '-')}.json`;
const whenText = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : new Date(iso).toLocaleString('en-GB'));

export class SgProgressRecover extends SgElement {
  #store = pageProgress();

  protected setup(): void {
    for (const el of this.allParts('[data-js-only]')) el.hidden = false;
    this.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
      if (!button) return;
      const key = button.closest<HTMLElement>('[data-copy]')?.dataset.copy ?? '';
      const action = button.dataset.action;
      if (action === 'copy-download') this.#download(key);
      else if (action === 'copy-restore') this.#restore(key);
      else if (action === 'copy-delete') this.#delete(key);
      else if (action === 'stuck-download') this.#downloadStuck();
      else if (action === 'stuck-clear') this.#clearStuck();
    });
    this.#render();
  }

  protected override connect(): void {
    this.listen(document, PROGRESS_CHANGE, () => this.#render());
  }

  #status(text: string): void {
    this.requirePart('[data-recover-status]').textContent = text;
  }

  #render(): void {
    const stuck = this.#store.stuck();
    this.requirePart('[data-stuck]').hidden = !stuck;
    if (stuck) {
      this.requirePart('[data-stuck-text]').textContent =
        `The progress saved in this browser (${sizeText(stuck.raw.length)}) could not be read (${stuck.reason}), and there is no room to keep a copy of it aside, so it is left as it is and new answers are not saved. Download it to keep it, then clear it.`;
    }
    const copies = this.#store.copies().reverse();
    this.requirePart('[data-recover-empty]').hidden = copies.length > 0;
    this.requirePart('[data-copies]').innerHTML = copies
      .map((c, i) => {
        const label = `recover-copy-${i}`;
        return (
          `<li data-copy="${escapeHtml(c.key)}"><p id="${label}">Set aside ${escapeHtml(whenText(c.at))}, ${sizeText(c.raw.length)}: ` +
          `${escapeHtml(c.reason ? `it could not be read because ${c.reason}` : 'kept by an earlier version of the guide, reason not recorded')}.</p>` +
          `<div class="sg-button-row" role="group" aria-labelledby="${label}">` +
          `<button type="button" class="sg-button sg-button-quiet" data-action="copy-download">Download</button>` +
          `<button type="button" class="sg-button sg-button-quiet" data-action="copy-restore">Merge back</button>` +
          `<button type="button" class="sg-button sg-button-danger" data-action="copy-delete">Delete</button></div></li>`
        );
      })
      .join('');
  }

  #copy(key: string) {
    return this.#store.copies().find((c) => c.key === key);
  }

  #download(key: string): void {
    const copy = this.#copy(key);
    if (!copy) return;
    downloadText(fileName(copy.at), copy.raw);
    this.#status(`Downloaded as ${fileName(copy.at)}.`);
  }

  #restore(key: string): void {
    const copy = this.#copy(key);
    if (!copy) return;
    const readable = salvage(copy.raw, new Date());
    if (!readable.ok) return this.#status(`Nothing was merged back: ${readable.reason}. The copy is kept.`);
    const { outcome, summary } = this.#store.merge(readable.record);
    if (!outcome.saved) return this.#status(`Nothing was merged back. ${outcome.problem.message}`);
    this.#status(
      `Merged back: answers to ${summary.answersAdded + summary.answersUpdated} questions, ${summary.cardsAdded + summary.cardsUpdated} review cards and ${summary.examsAdded} exam attempts added or brought up to date. The copy is kept until you delete it.`,
    );
  }

  #delete(key: string): void {
    const copy = this.#copy(key);
    if (!copy) return;
    this.#store.deleteCopy(key);
    this.#status(this.#copy(key) ? 'The copy could not be deleted.' : `The copy set aside ${whenText(copy.at)} was deleted.`);
    this.requirePart<HTMLElement>('[data-recover-heading]').focus();
  }

  #downloadStuck(): void {
    const stuck = this.#store.stuck();
    if (!stuck) return;
    downloadText(fileName(new Date().toISOString()), stuck.raw);
    this.requirePart<HTMLButtonElement>('[data-action="stuck-clear"]').disabled = false;
    this.#status('Downloaded. You can now clear it from this browser.');
  }

  #clearStuck(): void {
    const outcome = this.#store.clearStuck();
    this.#status(
      outcome.saved
        ? 'Cleared: the answers on this page are saved, and new answers are saved again.'
        : `Not cleared. ${outcome.problem.message}`,
    );
    this.requirePart<HTMLElement>('[data-recover-heading]').focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-progress-recover': SgProgressRecover;
  }
}

define('sg-progress-recover', SgProgressRecover);
