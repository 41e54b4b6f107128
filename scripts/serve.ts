/**
 * Serves the built site in `dist/` on localhost, as a static host would: directory URLs get their
 * index.html, missing paths get the 404 page with status 404, text responses are gzipped when the
 * browser accepts it, and every response carries the site's security headers (src/lib/build/headers.ts),
 * so a page that breaks the Content Security Policy fails the browser tests. `npm start` and the
 * browser tests use it. PORT overrides the port (4321). MAX_AGE (seconds) makes every file but the
 * service worker cacheable that long, as a CDN would, so a test can put the HTTP cache in play.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { SECURITY_HEADERS, WORKER_CACHE_CONTROL } from '../src/lib/build/headers.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const maxAge = Number(process.env.MAX_AGE ?? 0);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
const compressible = /^(text\/|application\/(json|xml|manifest|javascript)|image\/svg)/;

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run \`npm run build\` first.`);
  process.exit(1);
}

function resolvePath(urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Directory URLs without their trailing slash redirect, as static hosts do.
  const dir = join(root, decodeURIComponent(url.pathname));
  if (!url.pathname.endsWith('/') && existsSync(dir) && statSync(dir).isDirectory()) {
    res.writeHead(301, { ...SECURITY_HEADERS, Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  let file = resolvePath(url.pathname);
  let status = 200;
  if (!file) {
    file = join(root, '404.html');
    status = 404;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const cacheControl = url.pathname === '/sw.js' ? WORKER_CACHE_CONTROL : maxAge > 0 ? `max-age=${maxAge}` : 'no-cache';
  const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cacheControl };
  const gzip = compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) headers['Content-Encoding'] = 'gzip';
  res.writeHead(status, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
});

server.listen(port, host, () => {
  console.log(`MLS-C01 Study Guide: http://localhost:${port}/ (serving ${root}; Ctrl+C to stop)`);
});
