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

setupThemeToggle();
setupMenu();
setupTableOfContents();
setupSearch();
