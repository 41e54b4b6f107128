/**
 * What the service worker precaches: every page and asset a reader needs offline, the search index
 * included, under a version that changes whenever any of those files changes. Pure: the caller lists
 * the files of dist/ with a hash of each.
 */

export interface BuiltFile {
  /** Path relative to dist/, with forward slashes: `modeling/index.html`, `_astro/x.css`. */
  path: string;
  /** Hash of the file's content. */
  hash: string;
}

/** Files that are built but never needed by a reader of this site. */
const SKIP = [
  /^sw\.js$/,
  /^pagefind\/pagefind-(ui|modular-ui)\.(js|css)$/,
  /^pagefind\/wasm\.unknown\.pagefind$/,
  /^pagefind\/playground\//,
  // Open data is for other tools, except the pre-rendered bank the practice pages need offline.
  /^data\/(?!exam-bank\.json$)/,
  // A domain drill repeats the questions of its task-statement drills, which are precached.
  /^practice\/drills\/domain-\d\/index\.html$/,
  /^sitemap.*\.xml$/,
  /^robots\.txt$/,
];

/** The URL a file is requested by: `a/b/index.html` → `/a/b/`, anything else as is. */
export function urlOf(path: string): string {
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** The URLs to precache, sorted, and a version derived from every precached file's content. */
export function precacheManifest(files: readonly BuiltFile[], hash: (text: string) => string): { version: string; urls: string[] } {
  const kept = files.filter((f) => !SKIP.some((re) => re.test(f.path))).sort((a, b) => a.path.localeCompare(b.path));
  return {
    version: hash(kept.map((f) => `${f.path}:${f.hash}`).join('\n')).slice(0, 12),
    urls: kept.map((f) => urlOf(f.path)),
  };
}
