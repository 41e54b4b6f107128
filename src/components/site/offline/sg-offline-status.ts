/**
 * `<sg-offline-status>`: registers the service worker (production builds only) and keeps the
 * footer's offline line true: preparing, ready, or a new version ready with a button that switches
 * to it (the new version then takes over whole, never a mix of old and new files).
 */
import { define, SgElement } from '../../../client/sg-element.ts';

const READY = 'Available offline: pages, search and quizzes work without a connection.';

export class SgOfflineStatus extends SgElement {
  #switching = false;

  protected setup(): void {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const line = this.requirePart('[data-sg-offline]');
    const text = this.requirePart('[data-sg-offline-text]', line);
    const update = this.requirePart<HTMLButtonElement>('[data-sg-offline-update]', line);
    const say = (message: string, offerUpdate = false) => {
      line.hidden = false;
      text.textContent = message;
      update.hidden = !offerUpdate;
    };
    navigator.serviceWorker.register('/sw.js').then(
      (registration) => {
        const offerUpdate = (worker: ServiceWorker) => {
          say('A new version of the guide is ready.', true);
          update.onclick = () => {
            this.#switching = true;
            worker.postMessage('skip-waiting');
          };
        };
        const track = (worker: ServiceWorker) => {
          worker.addEventListener('statechange', () => {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
            if (worker.state === 'activated' && !this.#switching) say(READY);
            if (worker.state === 'redundant' && !navigator.serviceWorker.controller) say('Could not prepare the guide for offline use.');
          });
        };
        if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
        else if (registration.installing) {
          say('Preparing the guide for offline use…');
          track(registration.installing);
        } else if (registration.active) say(READY);
        registration.addEventListener('updatefound', () => {
          if (registration.installing) track(registration.installing);
        });
      },
      () => say('This browser could not prepare the guide for offline use.'),
    );
  }

  protected override connect(signal: AbortSignal): void {
    if (!('serviceWorker' in navigator)) return;
    // The new version has taken over: reload so the page is entirely of that version.
    navigator.serviceWorker.addEventListener('controllerchange', () => this.#switching && location.reload(), { signal });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-offline-status': SgOfflineStatus;
  }
}

define('sg-offline-status', SgOfflineStatus);
