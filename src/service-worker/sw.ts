/**
 * The service worker (`/sw.js`). src/integrations/offline.ts compiles this file at the end of the
 * build and puts `VERSION` and `FILES` in front of it: every page, asset and search file of that
 * build with a hash of its content, precached under one version.
 *
 * Contract: it serves only from its own version's cache, and stores a file there only when its
 * content matches this version's hash, fetched past the HTTP cache (`cache: 'reload'`), so old and
 * new files never mix even behind a long-lived CDN or browser cache. It activates only once every
 * file is in; a cache cleared later is refilled the same way. A new version installs in the
 * background and waits until the page asks it to take over (`skip-waiting`, sent by
 * sg-offline-status) or every tab of the old one is closed.
 *
 * Messages from a page: `skip-waiting`; `status` with a port, answered on it with `filling` (when
 * files are missing and being fetched) and then `ready` (every file of this version is cached) or
 * `incomplete` (some could not be fetched: offline, or the server now has another version).
 */
/// <reference lib="webworker" />

declare const VERSION: string;
declare const FILES: Record<string, string>;
declare const self: ServiceWorkerGlobalScope;

const CACHE = `sg-${VERSION}`;
const URLS = Object.keys(FILES);

async function hashOf(response: Response): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Fetch one file from the server, never from the HTTP cache, and keep it only if it is this version's. */
async function store(cache: Cache, url: string): Promise<void> {
  const response = await fetch(url, { cache: 'reload' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  if (!(await hashOf(response)).startsWith(FILES[url]!)) throw new Error(`${url}: the server has another version of this file`);
  await cache.put(url, response);
}

async function missingFiles(cache: Cache): Promise<string[]> {
  const cached = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  return URLS.filter((url) => !cached.has(url));
}

let filling: Promise<void> | undefined;

/** Fetch every file the cache lacks (one run at a time); rejects unless the cache ends up complete. */
function fill(): Promise<void> {
  filling ??= (async () => {
    const cache = await caches.open(CACHE);
    const missing = await missingFiles(cache);
    // In batches, so a slow connection does not open hundreds of requests at once.
    for (let i = 0; i < missing.length; i += 20) await Promise.all(missing.slice(i, i + 20).map((url) => store(cache, url)));
    const left = await missingFiles(cache);
    if (left.length > 0) throw new Error(`${left.length} files missing from ${CACHE}`);
  })().finally(() => (filling = undefined));
  return filling;
}

self.addEventListener('install', (event) => event.waitUntil(fill()));

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('sg-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void self.skipWaiting();
  const port = event.ports[0];
  if (event.data !== 'status' || !port) return;
  event.waitUntil(
    (async () => {
      if ((await missingFiles(await caches.open(CACHE))).length > 0) port.postMessage('filling');
      port.postMessage(
        await fill().then(
          () => 'ready',
          () => 'incomplete',
        ),
      );
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Query strings (search highlights, tree paths, cache busters) never change the file.
      const hit =
        (await cache.match(url.pathname)) ??
        (request.mode === 'navigate' && !url.pathname.endsWith('/') ? await cache.match(`${url.pathname}/`) : undefined);
      if (hit) return hit;
      // A precached file is missing: the cache was cleared or evicted, so fill it again meanwhile.
      if (Object.hasOwn(FILES, url.pathname)) event.waitUntil(fill().catch(() => undefined));
      try {
        return await fetch(request);
      } catch (error) {
        if (request.mode === 'navigate') {
          const missing = await cache.match('/404.html');
          if (missing) return missing;
        }
        throw error;
      }
    })(),
  );
});

export {};
