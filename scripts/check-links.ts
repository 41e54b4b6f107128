/** Fails when any internal link or `#fragment` in the built site (`dist/`) does not resolve. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findBrokenLinks } from '../src/lib/build/link-check.ts';

const root = join(process.cwd(), 'dist');
const pages = new Map<string, string>();
const files = new Set<string>();
for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
  const urlPath = `/${relative(root, join(root, name)).split(sep).join('/')}`;
  if (name.endsWith('.html')) {
    const pagePath = urlPath.endsWith('/index.html') ? urlPath.slice(0, -'index.html'.length) : urlPath;
    pages.set(pagePath === '/index.html' ? '/' : pagePath, readFileSync(join(root, name), 'utf8'));
  } else {
    files.add(urlPath);
  }
}
const broken = findBrokenLinks(pages, files, 'http://localhost');
if (broken.length > 0) {
  for (const b of broken) console.error(`${b.from}: ${b.href} — ${b.reason}`);
  console.error(`\n${broken.length} broken link${broken.length === 1 ? '' : 's'} in dist/ (${pages.size} pages checked)`);
  process.exit(1);
}
console.log(`links: ${pages.size} pages checked, no broken internal links or fragments`);
