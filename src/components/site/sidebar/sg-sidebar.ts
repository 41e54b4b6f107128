/**
 * `<sg-sidebar>`: brings the current page's link into view inside the sidebar's own scroller (never
 * the window), when it loads on a wide screen (chrome-loader.ts has done so as the page loaded) and whenever the sidebar becomes visible (the
 * small-screen menu opening). A link already in view is left where it is.
 */
import { define, SgElement } from '../../../client/sg-element.ts';
import { reveal } from './reveal.ts';

export class SgSidebar extends SgElement {
  #observer: ResizeObserver | undefined;
  #shown = false;

  protected setup(): void {}

  protected override connect(): void {
    const scroller = this.closest<HTMLElement>('nav') ?? this;
    const current = this.querySelector<HTMLElement>('a[aria-current="page"]');
    if (!current) return;
    this.#observer = new ResizeObserver(() => {
      const shown = scroller.clientHeight > 0;
      if (shown && !this.#shown) reveal(scroller, current);
      this.#shown = shown;
    });
    this.#observer.observe(scroller);
  }

  protected override disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#shown = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-sidebar': SgSidebar;
  }
}

define('sg-sidebar', SgSidebar);
