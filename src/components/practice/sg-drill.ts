/**
 * `<sg-drill>`: shows the questions of the `<Quiz>` inside it a set at a time (`data-size`), ranked
 * for learning: never answered first, then answered wrong last time (oldest first), then the rest
 * (oldest first). "Next set" shows the following ones. Legends are renumbered within the set.
 */
import { createProgressStore } from '../../lib/progress-store.ts';

class SgDrill extends HTMLElement {
  #order: HTMLLIElement[] = [];
  #start = 0;

  connectedCallback(): void {
    const size = Number(this.dataset.size ?? '10');
    const items = [...this.querySelectorAll<HTMLLIElement>('.sg-questions > li')];
    const answers = createProgressStore(() => localStorage).all();
    const rank = (li: HTMLLIElement) => {
      const answer = answers[li.querySelector<HTMLElement>('[data-question]')!.dataset.question!];
      if (!answer) return [0, 0];
      return [answer.correct ? 2 : 1, Date.parse(answer.at)];
    };
    this.#order = items
      .map((li, i) => ({ li, i, r: rank(li) }))
      .sort((a, b) => a.r[0]! - b.r[0]! || a.r[1]! - b.r[1]! || a.i - b.i)
      .map((x) => x.li);
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
