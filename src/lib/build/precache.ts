/**
 * What the service worker precaches: every page and asset a reader needs offline, the search index
 * included, each with a hash of its content, under a version that changes whenever any of those
 * files changes. Pure: the caller lists the files of dist/ with a hash of each.
 */
import { extractHrefs } from './link-check.ts';

export interface BuiltFile {
  /** Path relative to dist/, with forward slashes: `modeling/index.html`, `_astro/x.css`. */
  path: string;
  /** Hex SHA-256 of the file's content. */
  hash: string;
}

/**
 * How many hex digits of a file's SHA-256 the worker checks: enough that a file of another
 * version never passes by chance, short enough to keep sw.js small.
 */
export const HASH_DIGITS = 16;

/** Files that are built but never needed by a reader of this site. */
const SKIP = [
  /^sw\.js$/,
  /^pagefind\/pagefind-(ui|modular-ui)\.(js|css)$/,
  /^pagefind\/wasm\.unknown\.pagefind$/,
  /^pagefind\/playground\//,
  // Open data is for other tools, except the pre-rendered bank the practice pages need offline.
  /^data\/(?!exam-bank\.json$)/,
  /^sitemap.*\.xml$/,
  /^robots\.txt$/,
  // Read by the host, never by a browser.
  /^_headers$/,
];

/** The URL a file is requested by: `a/b/index.html` → `/a/b/`, anything else as is. */
export function urlOf(path: string): string {
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

export interface PrecacheManifest {
  version: string;
  /** Every URL to precache, sorted, with the first HASH_DIGITS hex digits of its content's SHA-256. */
  files: Record<string, string>;
}

/** The files to precache and a version derived from every precached file's content. */
export function precacheManifest(files: readonly BuiltFile[], hash: (text: string) => string): PrecacheManifest {
  const kept = files.filter((f) => !SKIP.some((re) => re.test(f.path))).sort((a, b) => a.path.localeCompare(b.path));
  return {
    version: hash(kept.map((f) => `${f.path}:${f.hash}`).join('\n')).slice(0, 12),
    files: Object.fromEntries(kept.map((f) => [urlOf(f.path), f.hash.slice(0, HASH_DIGITS)])),
  };
}

/**
 * Links from a precached page to a page that is not precached, which would show "Page not found"
 * offline. `pages` maps every built page's URL (`/modeling/`) to its HTML.
 */
export function unprecachedLinks(pages: ReadonlyMap<string, string>, precached: ReadonlySet<string>): { from: string; to: string }[] {
  const origin = 'http://site.invalid';
  const found: { from: string; to: string }[] = [];
  for (const [from, html] of pages) {
    if (!precached.has(from)) continue;
    for (const href of extractHrefs(html)) {
      const url = new URL(href, new URL(from, origin));
      if (url.origin !== origin || !pages.has(url.pathname)) continue;
      if (!precached.has(url.pathname) && !found.some((f) => f.from === from && f.to === url.pathname))
        found.push({ from, to: url.pathname });
    }
  }
  return found;
}
