/**
 * The base of every `sg-*` element: light-DOM elements that enhance server-rendered markup.
 *
 * Contract:
 * - `connect(signal)` runs each time the element is connected; every listener added through
 *   `listen()` (or with `{ signal }`) is removed when the element is disconnected, and `disconnect()`
 *   runs then for anything else to stop (timers).
 * - `requirePart(selector)` (not `part`, which is the DOM's `::part` token list) returns a required descendant or throws `"<tag>: missing <selector>"`, so a
 *   markup change fails with the element and the part named, never as "cannot read properties of null".
 * - `define(tag, ctor)` registers once, so a bundle that is loaded twice does no harm.
 */
export abstract class SgElement extends HTMLElement {
  #controller: AbortController | undefined;

  connectedCallback(): void {
    this.#controller?.abort();
    this.#controller = new AbortController();
    const result = this.connect(this.#controller.signal);
    if (result instanceof Promise) result.catch((error: unknown) => this.fail(error));
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.disconnect();
  }

  /** Set up the element; `signal` aborts when it is disconnected. */
  protected abstract connect(signal: AbortSignal): void | Promise<void>;

  /** Stop what listeners cannot (timers, observers). */
  protected disconnect(): void {}

  /** What to do with an error thrown by an asynchronous `connect()`: by default, report it. */
  protected fail(error: unknown): void {
    reportError(error);
  }

  /** Add a listener that lives as long as the element is connected. */
  protected listen<K extends keyof HTMLElementEventMap>(
    target: HTMLElement | Document | Window,
    type: K,
    handler: (event: HTMLElementEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ): void {
    const signal = this.#controller?.signal;
    target.addEventListener(type, handler as EventListener, signal ? { ...options, signal } : options);
  }

  /** A required descendant of `root` (the element by default). */
  requirePart<T extends Element = HTMLElement>(selector: string, root: ParentNode = this): T {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`${this.localName}: missing ${selector}`);
    return found;
  }

  /** Every descendant of `root` matching `selector` (possibly none). */
  allParts<T extends Element = HTMLElement>(selector: string, root: ParentNode = this): T[] {
    return [...root.querySelectorAll<T>(selector)];
  }
}

/** Register a custom element once. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
