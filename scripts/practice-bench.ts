/**
 * Measures the practice exam page in dist/: the JavaScript it loads (every script, inline or
 * external, with the modules they import), gzipped. Fails above the budget of 25 KB.
 * Run after a build: `node scripts/practice-bench.ts` (the next-question time is measured by
 * e2e/practice-exam.spec.ts, "moving to the next question takes less than one frame").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageScripts } from '../src/lib/build/page-scripts.ts';

const BUDGET = 25 * 1024;
const dist = join(process.cwd(), 'dist');
const path = process.argv[2] ?? '/practice/exam/';
const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
const scripts = pageScripts(html, (src) => {
  const file = join(dist, src);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
});
let total = 0;
for (const s of scripts) {
  const size = gzipSync(s.code, { level: 9 }).length;
  total += size;
  console.log(`${String(size).padStart(7)} B gzip  ${s.name}`);
}
console.log(`${String(total).padStart(7)} B gzip  total JavaScript of ${path} (budget ${BUDGET} B)`);
if (total > BUDGET) process.exitCode = 1;
