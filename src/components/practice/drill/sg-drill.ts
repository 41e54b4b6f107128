/**
 * `<sg-drill>`: shows the questions of the `<sg-quiz>` inside it a set at a time (`data-size`), in
 * drill order (drill-order.ts: never answered first, then wrong, then right, oldest first).
 * "Next set" shows the following ones. It works through the quiz's `showOnly()`, never its markup.
 */
import { pageProgress } from '../../../client/progress.ts';
import { define, SgElement } from '../../../client/sg-element.ts';
import { drillOrder } from '../../../lib/progress/drill-order.ts';
import type { SgQuiz } from '../../mdx/quiz/sg-quiz.ts';

export class SgDrill extends SgElement {
  #order: string[] = [];
  #start = 0;
  #quiz!: SgQuiz;

  protected async setup(): Promise<void> {
    const size = Number(this.dataset.size ?? '10');
    await customElements.whenDefined('sg-quiz');
    this.#quiz = this.requirePart<SgQuiz>('sg-quiz');
    customElements.upgrade(this.#quiz);
    this.#order = drillOrder(this.#quiz.questionIds(), pageProgress().all());
    this.requirePart('[data-drill-bar]').hidden = this.#order.length <= size;
    this.requirePart('[data-action="next-set"]').addEventListener('click', () => {
      this.#start = this.#start + size >= this.#order.length ? 0 : this.#start + size;
      this.#showSet(size, true);
    });
    this.#showSet(size, false);
  }

  #showSet(size: number, focus: boolean): void {
    const set = this.#order.slice(this.#start, this.#start + size);
    this.#quiz.showOnly(set);
    const status = this.requirePart('[data-drill-status]');
    status.textContent =
      `Questions ${this.#start + 1} to ${this.#start + set.length} of ${this.#order.length}, those you have not answered first, then those you got wrong. ` +
      'Choose an answer and press Check to see whether it is right and why.';
    if (focus) status.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-drill': SgDrill;
  }
}

define('sg-drill', SgDrill);
