/**
 * The base of every `sg-*` element: light-DOM elements that enhance server-rendered markup.
 *
 * Lifecycle contract:
 * - `setup()` runs once, on the first connection: enhance the markup and listen on the element's own
 *   parts (those listeners go when the element goes).
 * - `connect(signal)` runs on every connection, after `setup()`: listen on `window` or `document`
 *   with `this.listen()`; those listeners are removed when the element is disconnected, so none
 *   outlives it. `disconnect()` runs then for what listeners cannot stop (timers).
 * - An error thrown by an asynchronous `setup()` is reported, not swallowed.
 *
 * `requirePart(selector)` (not `part`, which is the DOM's `::part` token list) returns a required
 * descendant or throws `"<tag>: missing <selector>"`, so a markup change fails with the element and the
 * part named, never as "cannot read properties of null".
 */
/** The events `listen()` accepts on its target, with their types. */
type EventMapOf<T> = T extends Window ? WindowEventMap : DocumentEventMap;

export abstract class SgElement extends HTMLElement {
  #controller: AbortController | undefined;
  #setUp = false;

  connectedCallback(): void {
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    const afterSetup = () => {
      if (!controller.signal.aborted) this.connect(controller.signal);
    };
    if (this.#setUp) return afterSetup();
    this.#setUp = true;
    const result = this.setup();
    if (result instanceof Promise) result.then(afterSetup, (error: unknown) => reportError(error));
    else afterSetup();
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.disconnect();
  }

  /** Enhance the server-rendered markup; runs once. */
  protected abstract setup(): void | Promise<void>;

  /** Listen on `window` or `document` (with `this.listen`); runs on every connection. */
  protected connect(_signal: AbortSignal): void {}

  /** Stop what listeners cannot (timers, observers). */
  protected disconnect(): void {}

  /** Add a listener to `window` or `document` that is removed when the element is disconnected. */
  protected listen<T extends Window | Document, K extends keyof EventMapOf<T>>(
    target: T,
    type: K & string,
    handler: (event: EventMapOf<T>[K]) => void,
    options: AddEventListenerOptions = {},
  ): void {
    const signal = this.#controller?.signal;
    if (!signal || signal.aborted) return;
    target.addEventListener(type, handler as EventListener, { ...options, signal });
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

/** Register a custom element once, so a bundle loaded twice does no harm. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
