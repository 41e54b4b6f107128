/**
 * What a first visit of a page costs, by kind of file, from the responses the browser received: the
 * figures `npm run bench` prints and the budget test holds to `BUDGETS`. Text files count gzipped
 * (level 6, as a static host compresses them); woff2 fonts are compressed already and count as sent.
 * Pure: the caller passes the responses and a gzip function.
 */
export type Kind = 'html' | 'css' | 'js' | 'font' | 'other';

export const KINDS: readonly Kind[] = ['html', 'css', 'js', 'font', 'other'];

export interface Received {
  url: string;
  contentType: string;
  body: Uint8Array;
}

export interface FileWeight {
  /** Path of the URL: `/_astro/Guide.x.css`. */
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  files: FileWeight[];
  byKind: Record<Kind, { raw: number; gzip: number; requests: number }>;
  /** Every byte of the first visit, compressed. */
  total: number;
  requests: number;
}

export function kindOf(contentType: string, url: string): Kind {
  const path = new URL(url, 'http://x').pathname;
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('font') || path.endsWith('.woff2')) return 'font';
  return 'other';
}

export function pageWeight(received: readonly Received[], gzip: (body: Uint8Array) => number): PageWeight {
  const files = received.map(({ url, contentType, body }): FileWeight => {
    const kind = kindOf(contentType, url);
    return { path: new URL(url, 'http://x').pathname, kind, raw: body.length, gzip: kind === 'font' ? body.length : gzip(body) };
  });
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0, requests: 0 }])) as PageWeight['byKind'];
  for (const f of files) {
    byKind[f.kind].raw += f.raw;
    byKind[f.kind].gzip += f.gzip;
    byKind[f.kind].requests++;
  }
  return { files, byKind, total: files.reduce((n, f) => n + f.gzip, 0), requests: files.length };
}

/** Bytes as the bench prints them: `10.7 KiB`. */
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
