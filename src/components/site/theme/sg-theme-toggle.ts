/**
 * `<sg-theme-toggle>`: the light/dark button in the header. The choice is kept under `THEME_KEY`
 * (read again before first paint by Base.astro, so the saved theme never flashes the other one); the
 * button is shown by chrome-loader.ts, and says its state with `aria-pressed`.
 */
import { define, SgElement } from '../../../client/sg-element.ts';
import { THEME_KEY } from '../../../config.ts';
import { currentTheme, syncThemeButton } from './theme-state.ts';

export class SgThemeToggle extends SgElement {
  #button!: HTMLButtonElement;

  protected setup(): void {
    this.#button = this.requirePart<HTMLButtonElement>('button');
    this.#button.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Storage can be unavailable (private mode); the choice then lasts for this page only.
      }
      this.#sync();
    });
    this.#sync();
  }

  protected override connect(signal: AbortSignal): void {
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.#sync(), { signal });
  }

  #sync(): void {
    syncThemeButton(this.#button);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-theme-toggle': SgThemeToggle;
  }
}

define('sg-theme-toggle', SgThemeToggle);
