import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRoute, GetStaticPaths } from 'astro';
import { KATEX_VERSION, woff2Only } from '../../../lib/markdown/katex-assets.ts';

export const getStaticPaths = (() => [{ params: { version: KATEX_VERSION } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
  const css = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');
  return new Response(woff2Only(css), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
