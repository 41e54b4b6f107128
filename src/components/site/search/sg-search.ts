/**
 * `<sg-search>`: search with Pagefind's Component UI, loaded on first use. The first click on the
 * button (or Ctrl/⌘+K) loads Pagefind's script and stylesheet and opens its modal. On a page opened
 * from a result (`?highlight=…`) it marks the search terms with Pagefind's highlighter.
 */
import { define, SgElement } from '../../../client/sg-element.ts';

interface PagefindModalElement extends HTMLElement {
  open(): void;
}

/** Pagefind's files, written into dist/ after the bundle is built, so loaded as plain elements rather than import(). */
const PAGEFIND = {
  css: '/pagefind/pagefind-component-ui.css',
  js: '/pagefind/pagefind-component-ui.js',
  highlight: '/pagefind/pagefind-highlight.js',
} as const;

function attach(element: HTMLLinkElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve());
    element.addEventListener('error', () =>
      reject(new Error(`could not load ${element instanceof HTMLLinkElement ? element.href : element.src}`)),
    );
    document.head.append(element);
  });
}

export class SgSearch extends SgElement {
  #loading: Promise<unknown> | undefined;
  #modal!: PagefindModalElement;

  protected setup(): void {
    this.#modal = this.requirePart<PagefindModalElement>('pagefind-modal');
    const button = this.requirePart<HTMLButtonElement>('[data-sg-search]');
    button.hidden = false;
    button.addEventListener('click', () => void this.#open());
    highlightSearchTerms();
  }

  protected override connect(): void {
    this.listen(document, 'keydown', (event) => {
      if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) {
        event.preventDefault();
        void this.#open();
      }
    });
  }

  async #open(): Promise<void> {
    this.#loading ??= Promise.all([
      attach(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: PAGEFIND.css })),
      attach(Object.assign(document.createElement('script'), { type: 'module', src: PAGEFIND.js })),
    ]).then(() => customElements.whenDefined('pagefind-modal'));
    await this.#loading;
    this.#modal.open();
  }
}

/** Marks the search terms on a page opened from a search result (`?highlight=…`). */
function highlightSearchTerms(): void {
  if (!new URL(location.href).searchParams.has('highlight')) return;
  const script = Object.assign(document.createElement('script'), { type: 'module', src: PAGEFIND.highlight });
  script.addEventListener('load', () => {
    const { PagefindHighlight } = window as unknown as { PagefindHighlight?: new (options: object) => unknown };
    // addStyles: false, so Pagefind adds no yellow <style> of its own: `mark` is themed in base.css.
    if (PagefindHighlight) new PagefindHighlight({ highlightParam: 'highlight', addStyles: false });
  });
  document.head.append(script);
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-search': SgSearch;
  }
}

define('sg-search', SgSearch);
