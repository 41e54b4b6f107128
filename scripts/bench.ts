/**
 * `npm run bench`: a clean build, then what a first visit costs. Prints build time, page count,
 * dist/ size, and for three typical pages the bytes loaded before any interaction (HTML, CSS, JS,
 * fonts; raw and gzip) with request counts, the budgets they are held to, and Lighthouse's mobile
 * scores. A benchmark, not a test: it reports, and exits non-zero only if it cannot run.
 */
import { execSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-path.ts';

const PORT = 4329;
const origin = `http://127.0.0.1:${PORT}`;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
// Three typical pages (a domain page with a formula and a quiz, an algorithm page, the home page without
// widgets) and the heaviest formula page, reported apart.
const pages = (process.env.BENCH_PAGES ?? '/data-engineering/streaming-ingestion/,/modeling/algorithms/xgboost/,/,/modeling/evaluation-metrics/').split(',');

// 1. Clean build.
for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(dir, { recursive: true, force: true });
const started = performance.now();
execSync('npx astro build', { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

// 2. Output size.
let files = 0;
let raw = 0;
let gzip = 0;
let htmlPages = 0;
for (const name of readdirSync('dist', { recursive: true, encoding: 'utf8' })) {
  const path = join('dist', name);
  if (!statSync(path).isFile()) continue;
  const bytes = readFileSync(path);
  files++;
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 6 }).length;
  if (name.endsWith('.html')) htmlPages++;
}
console.log(`Build (clean): ${buildSeconds.toFixed(1)} s`);
console.log(`Pages: ${htmlPages} HTML pages; dist/: ${files} files, ${kib(raw)} raw, ${kib(gzip)} gzip`);

// 3. First-visit weight.
const server = spawn(process.execPath, ['scripts/serve.ts'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const executablePath = await chromiumPath();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
const kindOf = (type: string, url: string): Kind =>
  type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') ? 'js' : type.includes('font') || url.endsWith('.woff2') ? 'font' : 'other';

const budgets = { siteJs: 5 * 1024, quizJs: 6 * 1024, css: 20 * 1024, total: 80 * 1024 };
const report: string[] = [];
for (const path of pages) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Record<Kind, { raw: number; gzip: number; n: number }> = {
    html: { raw: 0, gzip: 0, n: 0 }, css: { raw: 0, gzip: 0, n: 0 }, js: { raw: 0, gzip: 0, n: 0 }, font: { raw: 0, gzip: 0, n: 0 }, other: { raw: 0, gzip: 0, n: 0 },
  };
  const jsFiles: { url: string; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const kind = kindOf(response.headers()['content-type'] ?? '', response.url());
        const z = kind === 'font' ? body.length : gzipSync(body, { level: 6 }).length;
        sizes[kind].raw += body.length;
        sizes[kind].gzip += z;
        sizes[kind].n++;
        if (kind === 'js') jsFiles.push({ url: new URL(response.url()).pathname, gzip: z });
      })(),
    );
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  // Inline scripts travel inside the HTML; count them as JS too (already in the HTML bytes).
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
  );
  const inlineGzip = inline ? gzipSync(inline, { level: 6 }).length : 0;
  const total = Object.values(sizes).reduce((s, k) => s + k.gzip, 0);
  const requests = Object.values(sizes).reduce((s, k) => s + k.n, 0);
  report.push(`\n${path}: ${kib(total)} gzip in ${requests} requests`);
  for (const kind of ['html', 'css', 'js', 'font'] as const) {
    report.push(`  ${kind.padEnd(5)} ${kib(sizes[kind].gzip).padStart(10)} gzip ${kib(sizes[kind].raw).padStart(10)} raw  (${sizes[kind].n} req)`);
  }
  report.push(`    inline scripts (in the HTML): ${kib(inlineGzip)} gzip`);
  for (const f of jsFiles) report.push(`    js ${f.url}: ${kib(f.gzip)} gzip`);
  const quizJs = jsFiles.filter((f) => f.url.includes('Quiz')).reduce((s, f) => s + f.gzip, 0);
  const siteJs = jsFiles.reduce((s, f) => s + f.gzip, 0) - quizJs + inlineGzip;
  const check = (name: string, value: number, budget: number) => `  ${value <= budget ? 'ok  ' : 'OVER'} ${name}: ${kib(value)} (budget ${kib(budget)})`;
  report.push(check('site JS before interaction (without widgets)', siteJs, budgets.siteJs));
  if (quizJs > 0) report.push(check('quiz JS', quizJs, budgets.quizJs));
  report.push(check('CSS', sizes.css.gzip, budgets.css));
  report.push(check('first visit in all', total, budgets.total));
  await context.close();
}
await browser.close();
console.log(report.join('\n'));

// 4. Lighthouse, mobile preset (the default), median of one run per page to keep the bench short.
console.log('\nLighthouse (mobile): Performance / Accessibility / Best Practices / SEO');
const { default: lighthouse } = await import('lighthouse');
const { launch } = await import('chrome-launcher');
const chrome = await launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...chromiumArgs] });
for (const path of pages) {
  const result = await lighthouse(`${origin}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const c = result!.lhr.categories;
  const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
  const audits = result!.lhr.audits;
  console.log(
    `  ${path}: ${score('performance')} / ${score('accessibility')} / ${score('best-practices')} / ${score('seo')}` +
      `  (FCP ${audits['first-contentful-paint']?.displayValue}, LCP ${audits['largest-contentful-paint']?.displayValue}, TBT ${audits['total-blocking-time']?.displayValue}, CLS ${audits['cumulative-layout-shift']?.displayValue})`,
  );
}
chrome.kill();
server.kill();
