/** Scroll `scroller` so that `target` sits a third of the way down it, if it is not fully in view. */
export function reveal(scroller: HTMLElement, target: HTMLElement): void {
  const box = scroller.getBoundingClientRect();
  const item = target.getBoundingClientRect();
  if (item.top >= box.top && item.bottom <= box.bottom) return;
  scroller.scrollTop += item.top - box.top - (box.height - item.height) / 3;
}
