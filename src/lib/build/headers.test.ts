import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile, SECURITY_HEADERS } from './headers.ts';

describe('response headers', () => {
  it('allow scripts only from the site itself, with no inline script', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('write a _headers file that sends every security header on every path and never caches the worker', () => {
    const file = headersFile();
    const blocks = file.split(/\n(?=\S)/).filter((b) => !b.startsWith('#'));
    expect(blocks[0]?.split('\n')[0]).toBe('/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(blocks[0]).toContain(`\n  ${name}: ${value}`);
    expect(blocks[1]).toBe('/sw.js\n  Cache-Control: no-cache\n');
    expect(Object.keys(SECURITY_HEADERS)).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
    );
  });

  it('are the values the README tells CloudFront users to set', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(readme).toContain(`\n${name}: ${value}\n`);
  });
});
