/**
 * The service worker (`/sw.js`). src/integrations/offline.ts compiles this file at the end of the
 * build and puts `VERSION` and `URLS` in front of it: every page, asset and search file of that
 * build, precached under one version.
 *
 * Contract: it serves only from its own version's cache, so old and new files never mix; a new
 * version installs in the background and waits until the page asks it to take over
 * (`skip-waiting`, sent by sg-offline-status) or every tab of the old one is closed.
 */
/// <reference lib="webworker" />

declare const VERSION: string;
declare const URLS: string[];
declare const self: ServiceWorkerGlobalScope;

const CACHE = `sg-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // In batches, so a slow connection does not open hundreds of requests at once.
      for (let i = 0; i < URLS.length; i += 20) await cache.addAll(URLS.slice(i, i + 20));
    })(),
  );
});

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
