import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { KATEX_VERSION, referencedFonts, woff2Only } from '../../../../lib/markdown/katex-assets.ts';

const cssPath = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');

export const getStaticPaths = (() =>
  referencedFonts(woff2Only(readFileSync(cssPath, 'utf8'))).map((font) => ({
    params: { version: KATEX_VERSION, font: font.replace(/^fonts\//, '') },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dirname(cssPath), 'fonts', params.font!)), {
    headers: { 'Content-Type': 'font/woff2' },
  });
