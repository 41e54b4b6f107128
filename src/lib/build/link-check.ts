/**
 * Internal link checking over built HTML: every link to another page of the site must reach a file
 * that exists, and every `#fragment` an element with that id on the target page. Pure: the caller
 * reads `dist/` and passes each page's URL path and HTML.
 */

export interface BrokenLink {
  /** URL path of the page that has the link. */
  from: string;
  href: string;
  reason: string;
}

const decode = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Every id on the page. */
export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

/** Every `href` of an `<a>` or `<link>` element, except in text that only looks like markup. */
export function extractHrefs(html: string): string[] {
  const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/g, '');
  return [...withoutScripts.matchAll(/<(?:a|link)\b[^>]*?\shref="([^"]*)"/g)].map((m) => decode(m[1]!));
}

/**
 * Check every internal link. `pages` maps a page's URL path (`/modeling/`) to its HTML; `files` is
 * the set of other URL paths that exist (`/pagefind/pagefind-ui.js`, `/favicon.svg`).
 */
export function findBrokenLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>, origin: string): BrokenLink[] {
  const ids = new Map([...pages].map(([path, html]) => [path, extractIds(html)]));
  const broken: BrokenLink[] = [];
  for (const [from, html] of pages) {
    for (const href of extractHrefs(html)) {
      if (/^(mailto|tel|javascript|data):/i.test(href)) continue;
      const url = new URL(href, new URL(from, origin));
      if (url.origin !== origin) continue;
      const path = decodeURIComponent(url.pathname);
      const target = pages.has(path) ? path : pages.has(`${path}/`) ? `${path}/` : undefined;
      if (!target) {
        if (!files.has(path)) broken.push({ from, href, reason: 'no such page or file' });
        else if (url.hash) broken.push({ from, href, reason: 'a fragment on a file that is not a page' });
        continue;
      }
      if (target !== path) broken.push({ from, href, reason: `missing trailing slash (the page is ${target})` });
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !ids.get(target)!.has(fragment)) {
        broken.push({ from, href, reason: `no element with id "${fragment}" on ${target}` });
      }
    }
  }
  return broken;
}
