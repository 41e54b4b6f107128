/**
 * Writes `dist/_headers` at the end of the build: the site's security headers for hosts that read
 * that file (Netlify, Cloudflare Pages). The values come from src/lib/build/headers.ts, which the test
 * server sends too, so what the browser tests run under is what the host sends.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/build/headers.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'sg:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
        logger.info('_headers: security headers for static hosts');
      },
    },
  };
}
