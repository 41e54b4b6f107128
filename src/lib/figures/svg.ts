/**
 * The finishing pass every rendered figure goes through, whatever drew it: the SVG becomes an
 * accessible image (`role="img"`, a `<title>` and a `<desc>` it is labelled and described by), its ids
 * carry the figure's prefix (two figures on a page never share a marker id), library styles and fonts
 * are dropped (the site's CSS themes figures through classes and `currentColor`), and coordinates
 * are rounded to one decimal so the markup stays small. Pure string work; deterministic.
 */
import { escapeHtml as escapeXml } from '../../client/html.ts';

/** The smallest scale a figure is drawn at. */
export const MIN_SCALE = 0.55;

export interface FinishOptions {
  /** The figure's element id; the SVG's ids are `<prefix>-title`, `<prefix>-desc`, `<prefix>-<own id>`. */
  prefix: string;
  /** The accessible name (the caption's text). */
  title: string;
  /** The accessible description: what the figure shows, in a sentence or two. */
  desc: string;
  /** A class for the drawing library's own CSS hooks, such as `sg-fig-diagram`. */
  kind: 'diagram' | 'chart';
}

/** Round every decimal number with more than one decimal place in the attribute values of `markup` (never in its text). */
export function roundNumbers(markup: string): string {
  return markup.replace(
    /="([^"]*)"/g,
    (_, value: string) => `="${value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
  );
}

export function finishSvg(svg: string, { prefix, title, desc, kind }: FinishOptions): string {
  const open = /^<svg\b[^>]*>/.exec(svg.trim());
  if (!open) throw new Error('the renderer returned no <svg> element');
  const viewBox = /viewBox="([^"]+)"/.exec(open[0])?.[1];
  if (!viewBox) throw new Error('the SVG has no viewBox');
  const width = Number(viewBox.split(/[\s,]+/)[2]);
  // The root's text settings are inherited by every label, so they stay.
  const inherited = [...open[0].matchAll(/\s(text-anchor|font-size|font-variant)="([^"]*)"/g)].map((m) => ` ${m[1]}="${m[2]}"`).join('');
  let body = svg.trim().slice(open[0].length);
  body = body
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/\s(?:data-[\w-]+|font-family|aria-label|aria-hidden)="[^"]*"/g, '')
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`)
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${prefix}-${id}"`)
    .replace(/>\s+</g, '><');
  if (/<script\b|\son\w+=/i.test(body)) throw new Error('the SVG contains a script or an event handler');
  if (/(?:href|src)="(?!#)[^"]*"|@import|url\((?!#)/i.test(body)) throw new Error('the SVG refers to an outside resource');
  const head =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox
      .split(/[\s,]+/)
      .map((n) => Math.round(Number(n) * 10) / 10)
      .join(' ')}" width="${Math.round(width)}" class="sg-figure-svg sg-fig-${kind}"` +
    // The narrowest the figure may shrink to before its box scrolls (figure.css): 55 % keeps its text legible.
    ` style="--sg-fig-min:${Math.round(width * MIN_SCALE)}px"` +
    ` role="img" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc" fill="currentColor"${inherited}>` +
    `<title id="${prefix}-title">${escapeXml(title)}</title><desc id="${prefix}-desc">${escapeXml(desc)}</desc>`;
  return head + roundNumbers(body);
}
