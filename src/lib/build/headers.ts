/**
 * The HTTP response headers the site is served with: the one source of truth for the test server
 * (scripts/serve.ts), the `_headers` file written into dist/ for Netlify and Cloudflare Pages
 * (src/integrations/security-headers.ts), and the CloudFront response-headers policy in the README.
 * Pure.
 */

/**
 * Only files of the site's own origin run. `'wasm-unsafe-eval'` lets Pagefind compile its
 * WebAssembly search engine; `style-src 'unsafe-inline'` is for the `style` attributes that
 * Pagefind's UI and KaTeX's HTML set (no inline script is allowed).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses none of these; denying them means an injected script could not either.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * The service worker must be revalidated on every load, or a host's long-lived cache would hold
 * readers on an old version; everything else may be cached (the worker installs with
 * `cache: 'reload'` and checks each file's hash, so a stale HTTP cache cannot mix versions).
 */
export const WORKER_CACHE_CONTROL = 'no-cache';

/** The `_headers` file of Netlify and Cloudflare Pages: security headers on every path, the worker never cached. */
export function headersFile(workerPath = '/sw.js'): string {
  const lines = (headers: Readonly<Record<string, string>>) => Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Written by the build from src/lib/build/headers.ts.',
    '/*',
    ...lines(SECURITY_HEADERS),
    workerPath,
    ...lines({ 'Cache-Control': WORKER_CACHE_CONTROL }),
    '',
  ].join('\n');
}
