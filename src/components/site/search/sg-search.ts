/**
 * `<sg-search>`: search with Pagefind's Component UI, loaded on first use. The first click on the
 * button (or Ctrl/⌘+K) loads Pagefind's script and stylesheet and opens its modal. On a page opened
 * from a result (`?highlight=…`) it marks the search terms with Pagefind's highlighter.
 *
 * Results never reshuffle: from a keystroke on, the results list is marked `data-sg-settling` (hidden,
 * `aria-busy`) until Pagefind has reported results for exactly the text in the box and the first of
 * them has loaded its title (Pagefind loads each result's text on its own, in any order), so the
 * first result a reader sees is the first result for what they typed.
 */
import { define, SgElement } from '../../../client/sg-element.ts';

interface PagefindModalElement extends HTMLElement {
  open(): void;
}

/** The part of Pagefind Component UI's search instance this element listens to. */
interface PagefindInstance {
  searchTerm: string;
  on(event: 'results' | 'filters', handler: () => void): void;
  triggerFilter(filter: string, values: string[]): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
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
    ])
      .then(() => customElements.whenDefined('pagefind-modal'))
      .then(() => {
        this.#holdResultsUntilSettled();
        this.#filterByChosenExam();
      });
    await this.#loading;
    this.#modal.open();
  }

  /**
   * A reader who chose MLA-C01 (the exam switch; /theme.js sets `<html data-exam="mla">`) searches
   * the pages that teach MLA-C01 first: the `exam` filter starts ticked on MLA-C01, and unticking it
   * searches everything. Set once, when search first loads.
   */
  #filterByChosenExam(): void {
    if (document.documentElement.dataset.exam !== 'mla') return;
    const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
    // Once Pagefind has loaded its filters: a filter set before then matches no page at all.
    let set = false;
    instance?.on('filters', () => {
      if (set) return;
      set = true;
      instance.triggerFilter('exam', ['MLA-C01']);
    });
  }

  #holdResultsUntilSettled(): void {
    const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
    // Found in the document: the modal may move itself out of this element when it opens.
    const results = document.querySelector<HTMLElement>('pagefind-results');
    if (!instance || !results) return;
    const current = () => document.querySelector<HTMLInputElement>('pagefind-input input')?.value.trim() ?? '';
    const settle = (settled: boolean) => {
      results.toggleAttribute('data-sg-settling', !settled);
      results.setAttribute('aria-busy', String(!settled));
    };
    /** Results for the text in the box have arrived; shown once the first one has its title (each loads on its own, in any order). */
    let arrived = false;
    const reveal = () => {
      const first = results.querySelector('li');
      if (arrived && (!first || first.querySelector('a'))) {
        arrived = false;
        settle(true);
      }
    };
    new MutationObserver(reveal).observe(results, { childList: true, subtree: true });
    // Capture: Pagefind's own input listener starts its debounce in the same event.
    document.addEventListener(
      'input',
      (event) => {
        if (!(event.target as Element).closest('pagefind-input')) return;
        arrived = false;
        settle(current() === '');
      },
      true,
    );
    instance.on('results', () => {
      arrived = instance.searchTerm.trim() === current();
      reveal();
    });
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
