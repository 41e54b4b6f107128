/**
 * The page's one live region (`#sg-announcer`, rendered by Base.astro so it exists before the first
 * message; created here if a page lacks it). Every element announces through it, so messages never
 * compete between regions.
 */
const ID = 'sg-announcer';

function region(): HTMLElement {
  let element = document.getElementById(ID);
  if (!element) {
    element = Object.assign(document.createElement('div'), { id: ID, className: 'sg-visually-hidden' });
    element.setAttribute('aria-live', 'polite');
    element.dataset.announcer = '';
    document.body.append(element);
  }
  return element;
}

/** Announce `message`; emptied first and set on the next frame, so a repeated message is heard too. */
export function announce(message: string): void {
  const element = region();
  element.textContent = '';
  requestAnimationFrame(() => (element.textContent = message));
}
