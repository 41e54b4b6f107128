/**
 * Writes `dist/sw.js` at the end of the build, after the search index: a service worker that
 * precaches every page, asset and index file under one version, and serves only from its own
 * version's cache, so old and new files never mix. A new version installs in the background; the page
 * then offers to switch (sg-offline-status), and it takes over by itself once every tab of the old one is
 * closed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import ts from 'typescript';
import { precacheManifest } from '../lib/build/precache.ts';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The worker (src/service-worker/sw.ts, type-checked with the project) as JavaScript, with its version and URLs. */
function workerSource(version: string, urls: string[]): string {
  const source = readFileSync(fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url)), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  return `// Built from src/service-worker/sw.ts by src/integrations/offline.ts.\nconst VERSION = ${JSON.stringify(version)};\nconst URLS = ${JSON.stringify(urls)};\n${outputText.replace(/^export \{\};\s*$/m, '')}`;
}

export function offline(): AstroIntegration {
  return {
    name: 'sg:offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((name) => statSync(join(root, name)).isFile())
          .map((name) => ({ path: relative(root, join(root, name)).split(sep).join('/'), hash: sha(readFileSync(join(root, name))) }));
        const { version, urls } = precacheManifest(files, sha);
        writeFileSync(join(root, 'sw.js'), workerSource(version, urls));
        logger.info(`sw.js: version ${version}, ${urls.length} files to precache`);
      },
    },
  };
}
