/**
 * Loads a widget's module only once the page needs it: when one of its elements comes within a
 * viewport's height of the screen, or takes focus or a pointer first. A long page whose widgets sit
 * far below the fold runs none of their code while it loads, so it is interactive at once (the idea
 * of Astro's `client:visible` islands, for our light-DOM elements).
 *
 * Contract: `load` imports the module that defines `tag` (`define()` in sg-element.ts), and the
 * element's server-rendered markup reads and works as plain HTML until then. Call it from the
 * component's own `<script>`: module scripts run after parsing, so every element is in the document.
 */
export function loadWhenNear(tag: string, load: () => Promise<unknown>): void {
  const elements = [...document.querySelectorAll(tag)];
  if (elements.length === 0 || customElements.get(tag)) return;
  const controller = new AbortController();
  const start = () => {
    if (controller.signal.aborted) return;
    controller.abort();
    observer.disconnect();
    load().catch((error: unknown) => reportError(error));
  };
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '100% 0px' });
  for (const element of elements) {
    observer.observe(element);
    for (const type of ['focusin', 'pointerenter'] as const) element.addEventListener(type, start, { signal: controller.signal });
  }
}
