/**
 * `<sg-code-copy>`: the Copy button in a code block's caption bar (rendered by
 * src/lib/markdown/rehype-code-figures.ts, shown by chrome-loader.ts where the clipboard is available). Copies the block's
 * text as written and says the outcome on the button and to screen readers.
 */
import { announce } from '../../../client/announcer.ts';
import { define, SgElement } from '../../../client/sg-element.ts';

export class SgCodeCopy extends SgElement {
  #reset: number | undefined;

  protected setup(): void {
    const button = this.requirePart<HTMLButtonElement>('button');
    const code = this.closest('figure')?.querySelector('pre');
    if (!code || !navigator.clipboard) return;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(code.textContent ?? '').then(
        () => this.#say(button, 'Copied', 'Code copied to the clipboard.'),
        () => this.#say(button, 'Copy failed', 'The code could not be copied: select it and copy it by hand.'),
      );
    });
  }

  #say(button: HTMLButtonElement, label: string, message: string): void {
    button.textContent = label;
    announce(message);
    window.clearTimeout(this.#reset);
    this.#reset = window.setTimeout(() => (button.textContent = 'Copy'), 2000);
  }

  protected override disconnect(): void {
    window.clearTimeout(this.#reset);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-code-copy': SgCodeCopy;
  }
}

define('sg-code-copy', SgCodeCopy);
