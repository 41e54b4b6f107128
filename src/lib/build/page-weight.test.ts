import { describe, expect, it } from 'vitest';
import { kindOf, pageWeight } from './page-weight.ts';

describe('pageWeight', () => {
  it('sorts responses by kind from their content type, woff2 by name', () => {
    expect(kindOf('text/html; charset=utf-8', '/')).toBe('html');
    expect(kindOf('text/css', '/a.css')).toBe('css');
    expect(kindOf('text/javascript', '/a.js')).toBe('js');
    expect(kindOf('application/octet-stream', '/f/a.woff2')).toBe('font');
    expect(kindOf('image/svg+xml', '/favicon.svg')).toBe('other');
  });

  it('counts text gzipped and fonts as sent, per kind and in all', () => {
    const body = (n: number) => new Uint8Array(n);
    const w = pageWeight(
      [
        { url: 'http://h/', contentType: 'text/html', body: body(1000) },
        { url: 'http://h/a.css', contentType: 'text/css', body: body(500) },
        { url: 'http://h/f.woff2', contentType: 'font/woff2', body: body(300) },
      ],
      (b) => Math.ceil(b.length / 10),
    );
    expect(w.byKind.html).toEqual({ raw: 1000, gzip: 100, requests: 1 });
    expect(w.byKind.font).toEqual({ raw: 300, gzip: 300, requests: 1 });
    expect(w.total).toBe(100 + 50 + 300);
    expect(w.requests).toBe(3);
    expect(w.files.map((f) => f.path)).toEqual(['/', '/a.css', '/f.woff2']);
  });
});
