/**
 * `<sg-drill>`: shows the questions of the `<Quiz>` inside it a set at a time (`data-size`), in
 * drill order (drill-order.ts: never answered first, then wrong, then right, oldest first).
 * "Next set" shows the following ones. Legends are renumbered within the set.
 */
import { drillOrder } from '../../../lib/progress/drill-order.ts';
import { createProgressStore } from '../../../lib/progress/progress-store.ts';

class SgDrill extends HTMLElement {
  #order: HTMLLIElement[] = [];
  #start = 0;

  connectedCallback(): void {
    const size = Number(this.dataset.size ?? '10');
    const items = [...this.querySelectorAll<HTMLLIElement>('.sg-questions > li')];
    const answers = createProgressStore(() => localStorage).all();
    const byId = new Map(items.map((li) => [li.querySelector<HTMLElement>('[data-question]')!.dataset.question!, li]));
    this.#order = drillOrder([...byId.keys()], answers).map((id) => byId.get(id)!);
    const bar = this.querySelector<HTMLElement>('[data-drill-bar]')!;
    bar.hidden = items.length <= size;
    this.querySelector('[data-action="next-set"]')!.addEventListener('click', () => {
      this.#start = this.#start + size >= this.#order.length ? 0 : this.#start + size;
      this.#showSet(size, true);
    });
    this.#showSet(size, false);
  }

  #showSet(size: number, focus: boolean): void {
    const shown = new Set(this.#order.slice(this.#start, this.#start + size));
    let n = 0;
    // Keep the set in ranked order on screen.
    const list = this.querySelector('.sg-questions')!;
    for (const li of this.#order) {
      li.hidden = !shown.has(li);
      if (!shown.has(li)) continue;
      list.append(li);
      n += 1;
      const legend = li.querySelector('legend');
      const text = legend?.firstChild;
      if (text?.nodeType === Node.TEXT_NODE) text.textContent = `Question ${n}`;
    }
    const total = this.#order.length;
    const status = this.querySelector<HTMLElement>('[data-drill-status]')!;
    status.textContent =
      `Questions ${this.#start + 1} to ${this.#start + n} of ${total}, those you have not answered first, then those you got wrong. ` +
      'Choose an answer and press Check to see whether it is right and why.';
    if (focus) status.focus();
  }
}

if (!customElements.get('sg-drill')) customElements.define('sg-drill', SgDrill);
