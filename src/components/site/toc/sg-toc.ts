/**
 * `<sg-toc>`: marks the link of the heading being read (`aria-current`) as the reader scrolls, and
 * keeps that link inside the aside list's own view when the list is taller than its sticky box
 * (never scrolling the window). In the inline bar it names that section beside "On this page" and
 * closes the list once a link in it is followed.
 */
import { define, SgElement } from '../../../client/sg-element.ts';

export class SgToc extends SgElement {
  #links: HTMLAnchorElement[] = [];
  #headings: HTMLElement[] = [];
  #frame = 0;

  #current: HTMLElement | null = null;

  protected setup(): void {
    this.#current = this.querySelector<HTMLElement>('[data-toc-current]');
    const details = this.querySelector('details');
    details?.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a')) details.open = false;
    });
    this.#links = this.allParts<HTMLAnchorElement>('a[href^="#"]');
    this.#headings = [...new Set(this.#links.map((a) => decodeURIComponent(a.hash.slice(1))))]
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
  }

  protected override connect(): void {
    if (this.#links.length === 0) return;
    this.listen(window, 'scroll', () => (this.#frame ||= requestAnimationFrame(() => this.#update())), { passive: true });
    this.#update();
  }

  protected override disconnect(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #update(): void {
    this.#frame = 0;
    const line = innerHeight * 0.25;
    let current = this.#headings[0];
    for (const heading of this.#headings) {
      if (heading.getBoundingClientRect().top <= line) current = heading;
      else break;
    }
    for (const link of this.#links) {
      if (current && link.hash === `#${current.id}`) {
        if (link.getAttribute('aria-current') !== 'true') {
          keepInView(link);
          if (this.#current) this.#current.textContent = link.textContent?.trim() ?? '';
        }
        link.setAttribute('aria-current', 'true');
      } else link.removeAttribute('aria-current');
    }
  }
}

/** Scroll the aside's list (its own scroller) just enough to show the link; the inline list does not scroll. */
function keepInView(link: HTMLElement): void {
  const scroller = link.closest<HTMLElement>('.sg-toc-aside > ul');
  if (!scroller || scroller.scrollHeight <= scroller.clientHeight) return;
  const box = scroller.getBoundingClientRect();
  const item = link.getBoundingClientRect();
  if (item.top < box.top) scroller.scrollTop -= box.top - item.top;
  else if (item.bottom > box.bottom) scroller.scrollTop += item.bottom - box.bottom;
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-toc': SgToc;
  }
}

define('sg-toc', SgToc);
