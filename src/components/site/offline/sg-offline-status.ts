/**
 * `<sg-offline-status>`: registers the service worker (production builds only) and keeps the
 * footer's offline line true: preparing, ready, or a new version ready with a button that switches
 * to it (the new version then takes over whole, never a mix of old and new files). "Available
 * offline" is said only when the worker confirms that every file of its version is in its cache
 * (the `status` message of src/service-worker/sw.ts), so a cache cleared since is refilled first.
 */
import { define, SgElement } from '../../../client/sg-element.ts';

const SAY = {
  filling: 'Preparing the guide for offline use…',
  ready: 'Available offline: pages, search and quizzes work without a connection.',
  incomplete: 'Not available offline yet: some files could not be downloaded. Reload the page when you are online.',
} as const;

/** Ask a worker whether its cache is complete; `onAnswer` gets `filling`, then `ready` or `incomplete`. */
function askStatus(worker: ServiceWorker, onAnswer: (answer: keyof typeof SAY) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'string' && event.data in SAY) onAnswer(event.data as keyof typeof SAY);
  };
  worker.postMessage('status', [channel.port2]);
}

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
    // An offer to switch versions stays until it is taken.
    const report = (worker: ServiceWorker) =>
      askStatus(worker, (answer) => {
        if (!this.#switching && update.hidden) say(SAY[answer]);
      });
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
            if (worker.state === 'activated' && !this.#switching) report(worker);
            if (worker.state === 'redundant' && !navigator.serviceWorker.controller) say('Could not prepare the guide for offline use.');
          });
        };
        if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
        else if (registration.installing) {
          say(SAY.filling);
          track(registration.installing);
        } else if (registration.active) report(registration.active);
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
