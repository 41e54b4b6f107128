/**
 * Writes `dist/sw.js` at the end of the build, after the search index: a service worker that
 * precaches every page, asset and index file under one version, checks each file against its hash,
 * and serves only from its own version's cache, so old and new files never mix. A new version
 * installs in the background; the page then offers to switch (sg-offline-status), and it takes over
 * by itself once every tab of the old one is closed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import ts from 'typescript';
import { precacheManifest, unprecachedLinks, urlOf } from '../lib/build/precache.ts';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The worker (src/service-worker/sw.ts, type-checked with the project) as JavaScript, with its version and files. */
function workerSource(version: string, files: Record<string, string>): string {
  const source = readFileSync(fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url)), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  return `// Built from src/service-worker/sw.ts by src/integrations/offline.ts.\nconst VERSION = ${JSON.stringify(version)};\nconst FILES = ${JSON.stringify(files)};\n${outputText.replace(/^export \{\};\s*$/m, '')}`;
}

/**
 * Writes `sw.js` for the site built in `root` and returns its version and file count. Fails when a
 * precached page links to a page that is not precached. The browser tests call it too, to redeploy
 * a changed copy of dist/.
 */
export function writeServiceWorker(root: string): { version: string; count: number } {
  const paths = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(root, name)).isFile())
    .map((name) => relative(root, join(root, name)).split(sep).join('/'));
  const { version, files } = precacheManifest(
    paths.map((path) => ({ path, hash: sha(readFileSync(join(root, path))) })),
    sha,
  );
  const pages = new Map(paths.filter((p) => p.endsWith('.html')).map((p) => [urlOf(p), readFileSync(join(root, p), 'utf8')]));
  const missing = unprecachedLinks(pages, new Set(Object.keys(files)));
  if (missing.length > 0) {
    throw new Error(
      `Precached pages link to pages that are not precached (they would fail offline):\n${missing.map((m) => `  ${m.from} → ${m.to}`).join('\n')}`,
    );
  }
  writeFileSync(join(root, 'sw.js'), workerSource(version, files));
  return { version, count: Object.keys(files).length };
}

export function offline(): AstroIntegration {
  return {
    name: 'sg:offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { version, count } = writeServiceWorker(fileURLToPath(dir));
        logger.info(`sw.js: version ${version}, ${count} files to precache`);
      },
    },
  };
}
