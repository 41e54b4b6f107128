/**
 * The page chrome before its code. What must be right the moment a page shows runs here, at once;
 * the chrome's elements (chrome.ts: search, menu, theme toggle, table of contents, code copy, offline
 * status) load on the reader's first interaction (pointer, key, focus, touch or scroll), so a page
 * that is being read runs almost no script while it loads.
 *
 * At once: the service worker is registered (so every visit prepares offline use), the current
 * page's link is scrolled into the sidebar's view on a wide screen, and the chrome's buttons are
 * shown, each only where it can work (the contract below), so nothing moves when the code arrives.
 *
 * Contract with the chrome's markup: a button the chrome's code drives carries `data-sg-chrome`
 * naming what it needs, and is rendered `hidden` (without JavaScript it would do nothing):
 * - `menu`: the element its `aria-controls` names exists; `<html>` then gets `sg-has-menu`, which
 *   folds the sidebar behind the button on small screens;
 * - `copy`: the clipboard API is available;
 * - `theme`: nothing; its `aria-pressed` is set to the theme being shown;
 * - `search`: nothing.
 * A click on such a button, or its `aria-keyshortcuts`, before the code has loaded is held and replayed
 * once it has, so the first press is never lost.
 */
import { matchesShortcut } from '../../lib/widgets/key-shortcuts.ts';
import { reveal } from './sidebar/reveal.ts';
import { syncThemeButton } from './theme/theme-state.ts';

const NEEDS: Record<string, (button: HTMLButtonElement) => boolean> = {
  menu: (button) => {
    const shown = document.getElementById(button.getAttribute('aria-controls') ?? '') !== null;
    document.documentElement.classList.toggle('sg-has-menu', shown);
    return shown;
  },
  copy: () => 'clipboard' in navigator,
  theme: (button) => {
    syncThemeButton(button);
    return true;
  },
  search: () => true,
};

const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-sg-chrome]')];
for (const button of buttons) button.hidden = !(NEEDS[button.dataset.sgChrome ?? '']?.(button) ?? false);

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // The offline status line (sg-offline-status) reports on this registration once the chrome has loaded.
  navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}

const sidebar = document.querySelector<HTMLElement>('#sg-sidebar');
const current = sidebar?.querySelector<HTMLElement>('a[aria-current="page"]');
if (sidebar && current && sidebar.clientHeight > 0) reveal(sidebar, current);

let ready = false;
let loading: Promise<unknown> | undefined;
const controller = new AbortController();

/**
 * Put the chrome's script in the document. It is rendered inside `<template data-sg-chrome-code>` in
 * Header.astro, where it is inert; a clone runs. (A dynamic `import()` would bring Vite's preload
 * helper, 0.9 KiB, onto every page.)
 */
function load(): Promise<unknown> {
  controller.abort();
  loading ??= new Promise<void>((resolve, reject) => {
    const code = document.querySelector<HTMLTemplateElement>('template[data-sg-chrome-code]')?.content;
    const script = code?.querySelector('script');
    if (!code || !script) return reject(new Error('chrome-loader: missing template[data-sg-chrome-code] script'));
    const clone = document.importNode(script, true);
    clone.addEventListener('load', () => resolve());
    clone.addEventListener('error', () => reject(new Error(`chrome-loader: could not load ${clone.src}`)));
    document.head.append(clone);
  }).then(
    () => (ready = true),
    (error: unknown) => reportError(error),
  );
  return loading;
}

/** Hold a press meant for a chrome button until its element can take it. */
function hold(event: Event, button: HTMLButtonElement): void {
  event.preventDefault();
  event.stopImmediatePropagation();
  void load().then(() => ready && button.click());
}

document.addEventListener(
  'click',
  (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-sg-chrome]') : null;
    if (!ready && button) hold(event, button);
  },
  true,
);
document.addEventListener(
  'keydown',
  (event) => {
    if (ready) return;
    const button = buttons.find((b) => !b.hidden && matchesShortcut(b.getAttribute('aria-keyshortcuts') ?? '', event));
    if (button) hold(event, button);
  },
  true,
);

// A page opened from a search result marks the terms it was found by, which the search element does.
if (new URL(location.href).searchParams.has('highlight')) void load();
else {
  for (const type of ['pointermove', 'pointerdown', 'keydown', 'focusin', 'touchstart', 'wheel'] as const) {
    document.addEventListener(type, () => void load(), { capture: true, passive: true, once: true, signal: controller.signal });
  }
  addEventListener('scroll', () => void load(), { passive: true, once: true, signal: controller.signal });
}
