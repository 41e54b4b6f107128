/**
 * The only script every page loads: the theme toggle, the small-screen menu, the table of contents
 * that follows the reader, and the loader that fetches search on first use. Each part does nothing
 * when its markup is absent.
 */

const THEME_KEY = 'sg-theme';
const root = document.documentElement;

function currentTheme(): 'light' | 'dark' {
  const set = root.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function setupThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('.sg-theme-toggle');
  if (!button) return;
  const sync = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  button.hidden = false;
  sync();
  button.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this page only.
    }
    sync();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
}

function setupMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('.sg-menu-button');
  const sidebar = document.getElementById('sg-sidebar');
  if (!button || !sidebar) return;
  button.hidden = false;
  root.classList.add('sg-has-menu');
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    root.classList.toggle('sg-menu-open', open);
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });
}

function setupTableOfContents(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.sg-toc a[href^="#"]')];
  if (links.length === 0) return;
  const headings = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))]
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  let frame = 0;
  const update = () => {
    frame = 0;
    const line = innerHeight * 0.25;
    let current = headings[0];
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= line) current = heading;
      else break;
    }
    for (const link of links) {
      if (current && link.hash === `#${current.id}`) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(update)), { passive: true });
  update();
}

interface PagefindModalElement extends HTMLElement {
  open(): void;
}

function attach(element: HTMLLinkElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve());
    element.addEventListener('error', () => reject(new Error(`could not load ${element instanceof HTMLLinkElement ? element.href : element.src}`)));
    document.head.append(element);
  });
}

function setupSearch(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-sg-search]');
  const modal = document.getElementById('sg-search-modal') as PagefindModalElement | null;
  if (!button || !modal) return;
  button.hidden = false;
  let loading: Promise<unknown> | undefined;
  const open = async () => {
    // Plain elements rather than import(): the files are Pagefind's, written after the bundle is built.
    loading ??= Promise.all([
      attach(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/pagefind/pagefind-component-ui.css' })),
      attach(Object.assign(document.createElement('script'), { type: 'module', src: '/pagefind/pagefind-component-ui.js' })),
    ]).then(() => customElements.whenDefined('pagefind-modal'));
    await loading;
    modal.open();
  };
  button.addEventListener('click', () => void open());
  document.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      event.preventDefault();
      void open();
    }
  });
}

/** Marks the search terms on a page opened from a search result (`?highlight=…`). */
function highlightSearchTerms(): void {
  if (!new URL(location.href).searchParams.has('highlight')) return;
  const script = Object.assign(document.createElement('script'), { type: 'module', src: '/pagefind/pagefind-highlight.js' });
  script.addEventListener('load', () => {
    const { PagefindHighlight } = window as unknown as { PagefindHighlight?: new (options: object) => unknown };
    if (PagefindHighlight) new PagefindHighlight({ highlightParam: 'highlight' });
  });
  document.head.append(script);
}

/**
 * Registers the service worker (production builds only) and keeps the footer's offline line true:
 * preparing, ready, or a new version ready with a button that switches to it.
 */
function setupOffline(): void {
  const line = document.querySelector<HTMLElement>('[data-sg-offline]');
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !line) return;
  const text = line.querySelector<HTMLElement>('[data-sg-offline-text]')!;
  const update = line.querySelector<HTMLButtonElement>('[data-sg-offline-update]')!;
  const say = (message: string, offerUpdate = false) => {
    line.hidden = false;
    text.textContent = message;
    update.hidden = !offerUpdate;
  };
  let switching = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (switching) location.reload();
  });
  navigator.serviceWorker.register('/sw.js').then((registration) => {
    const offerUpdate = (worker: ServiceWorker) => {
      say('A new version of the guide is ready.', true);
      update.onclick = () => {
        switching = true;
        worker.postMessage('skip-waiting');
      };
    };
    const track = (worker: ServiceWorker) => {
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
        if (worker.state === 'activated' && !switching) say('Available offline: pages, search and quizzes work without a connection.');
        if (worker.state === 'redundant' && !navigator.serviceWorker.controller) say('Could not prepare the guide for offline use.');
      });
    };
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
    else if (registration.installing) {
      say('Preparing the guide for offline use…');
      track(registration.installing);
    } else if (registration.active) say('Available offline: pages, search and quizzes work without a connection.');
    registration.addEventListener('updatefound', () => {
      if (registration.installing) track(registration.installing);
    });
  }, () => say('This browser could not prepare the guide for offline use.'));
}

setupThemeToggle();
highlightSearchTerms();
setupOffline();
setupMenu();
setupTableOfContents();
setupSearch();
