/**
 * `<sg-menu-button>`: the small-screen menu. The button opens the sidebar (`aria-controls`) over
 * the page; while it is open the page behind it is `inert`, so keyboard and screen-reader users stay
 * in the menu, and Escape closes it and returns focus to the button.
 */
import { define, SgElement } from '../../../client/sg-element.ts';

export class SgMenuButton extends SgElement {
  #button!: HTMLButtonElement;

  protected setup(): void {
    this.#button = this.requirePart<HTMLButtonElement>('button');
    const sidebar = document.getElementById(this.#button.getAttribute('aria-controls') ?? '');
    if (!sidebar) return; // Pages without a sidebar (the 404 page): chrome-loader.ts keeps the button hidden.
    this.#button.addEventListener('click', () => this.#setOpen(!this.#open()));
  }

  protected override connect(): void {
    this.listen(document, 'keydown', (event) => {
      if (event.key === 'Escape' && this.#open()) {
        this.#setOpen(false);
        this.#button.focus();
      }
    });
    // Widening the window hides the button and shows the sidebar in place: close the menu, so nothing stays inert.
    this.listen(window, 'resize', () => {
      if (this.#open() && this.#button.getClientRects().length === 0) this.#setOpen(false);
    });
  }

  #open(): boolean {
    return this.#button.getAttribute('aria-expanded') === 'true';
  }

  #setOpen(open: boolean): void {
    this.#button.setAttribute('aria-expanded', String(open));
    document.documentElement.classList.toggle('sg-menu-open', open);
    for (const behind of document.querySelectorAll<HTMLElement>('[data-behind-menu]')) behind.inert = open;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-menu-button': SgMenuButton;
  }
}

define('sg-menu-button', SgMenuButton);
