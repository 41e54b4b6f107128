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
import { bankFigures, type FigureQuestion } from '../src/lib/questions/bank-figures.ts';
import { BUDGETS } from '../src/lib/build/budgets.ts';

const PORT = 4329;
const origin = `http://127.0.0.1:${PORT}`;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
// Three typical pages (an algorithm page with formulas and a quiz, the home page without widgets, a
// domain page with formulas, quiz, calculator and decision tree), then the page with the sortable table
// and the heaviest formula page.
const pages = (
  process.env.BENCH_PAGES ??
  '/modeling/algorithms/xgboost/,/,/data-engineering/streaming-ingestion/,/modeling/algorithm-selection/,/modeling/evaluation-metrics/'
).split(',');

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

// 2b. Answer cues of the published question bank (src/lib/bank-figures.ts; targets in the content test).
{
  const published = JSON.parse(readFileSync('dist/data/questions.json', 'utf8')) as { questions: (FigureQuestion & { domain: number })[] };
  const f = bankFigures(published.questions);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const byDomain = [1, 2, 3, 4].map((d) => published.questions.filter((q) => q.domain === d).length);
  console.log(
    `Question bank: ${f.questions} questions (${byDomain.map((n) => pct(n / f.questions)).join(' / ')} by domain), ${pct(f.multiple / f.questions)} multiple response`,
  );
  console.log(
    `  single: key strictly longest ${pct(f.singleKeyLongest)}, strictly shortest ${pct(f.singleKeyShortest)}, key ÷ distractor length ${f.lengthRatio.toFixed(2)}`,
  );
  console.log(
    `  multiple: k longest = key ${pct(f.multipleKeyLongest)}; longest-option guesser ${pct(f.longestGuesser)}; key alone justified ${pct(f.onlyKeyJustified)}; near-identical pairs ${f.nearDuplicates.length}`,
  );
}

// 3. First-visit weight.
const server = spawn(process.execPath, ['scripts/serve.ts'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const executablePath = await chromiumPath();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
const kindOf = (type: string, url: string): Kind =>
  type.includes('html')
    ? 'html'
    : type.includes('css')
      ? 'css'
      : type.includes('javascript')
        ? 'js'
        : type.includes('font') || url.endsWith('.woff2')
          ? 'font'
          : 'other';

const budgets = BUDGETS;
const report: string[] = [];
for (const path of pages) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Record<Kind, { raw: number; gzip: number; n: number }> = {
    html: { raw: 0, gzip: 0, n: 0 },
    css: { raw: 0, gzip: 0, n: 0 },
    js: { raw: 0, gzip: 0, n: 0 },
    font: { raw: 0, gzip: 0, n: 0 },
    other: { raw: 0, gzip: 0, n: 0 },
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
  const inlineScripts = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].map((s) => s.textContent ?? ''),
  );
  // Widget scripts small enough to be inlined are named by the element they define.
  const inlineWidgets = inlineScripts
    .map((code) => ({ name: /customElements\.define\(\s*["'`](sg-[a-z-]+)/.exec(code)?.[1], gzip: gzipSync(code, { level: 6 }).length }))
    .filter((s) => s.name);
  const inlineGzip =
    inlineScripts.reduce((sum, code) => sum + gzipSync(code, { level: 6 }).length, 0) - inlineWidgets.reduce((s, w) => s + w.gzip, 0);
  const total = Object.values(sizes).reduce((s, k) => s + k.gzip, 0);
  const requests = Object.values(sizes).reduce((s, k) => s + k.n, 0);
  report.push(`\n${path}: ${kib(total)} gzip in ${requests} requests`);
  for (const kind of ['html', 'css', 'js', 'font'] as const) {
    report.push(
      `  ${kind.padEnd(5)} ${kib(sizes[kind].gzip).padStart(10)} gzip ${kib(sizes[kind].raw).padStart(10)} raw  (${sizes[kind].n} req)`,
    );
  }
  report.push(`    inline site script (in the HTML): ${kib(inlineGzip)} gzip`);
  for (const w of inlineWidgets) report.push(`    inline ${w.name} (in the HTML): ${kib(w.gzip)} gzip`);
  for (const f of jsFiles) report.push(`    js ${f.url}: ${kib(f.gzip)} gzip`);
  const quizJs = jsFiles.filter((f) => f.url.includes('Quiz')).reduce((s, f) => s + f.gzip, 0);
  const widgetJs = jsFiles.filter((f) => /Quiz|DecisionTree|Calculator|DataTable/.test(f.url)).reduce((s, f) => s + f.gzip, 0);
  const siteJs = jsFiles.reduce((s, f) => s + f.gzip, 0) - widgetJs + inlineGzip;
  for (const [name, element, budget] of [
    ['DecisionTree', 'sg-tree', 8 * 1024],
    ['Calculator', 'sg-calculator', 8 * 1024],
    ['DataTable', 'sg-data-table', 8 * 1024],
  ] as const) {
    const size =
      jsFiles.filter((f) => f.url.includes(name)).reduce((s, f) => s + f.gzip, 0) +
      (inlineWidgets.find((w) => w.name === element)?.gzip ?? 0);
    if (size > 0) report.push(`  ${size <= budget ? 'ok  ' : 'OVER'} ${name} JS: ${kib(size)} (budget ${kib(budget)})`);
  }
  const check = (name: string, value: number, budget: number) =>
    `  ${value <= budget ? 'ok  ' : 'OVER'} ${name}: ${kib(value)} (budget ${kib(budget)})`;
  report.push(check('site JS before interaction (without widgets)', siteJs, budgets.siteJs));
  if (quizJs > 0) report.push(check('quiz JS', quizJs, budgets.quizJs));
  report.push(check('CSS', sizes.css.gzip, budgets.css));
  report.push(check('first visit in all', total, budgets.total));
  await context.close();
}

// Search: bytes for a first query, and the time from the input event to the first rendered result.
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  let searchBytes = 0;
  let searchRequests = 0;
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    searchRequests++;
    searchBytes += /\.(pf_|pagefind$)/.test(response.url()) ? body.length : gzipSync(body, { level: 6 }).length;
  });
  const timings: number[] = [];
  await page.keyboard.press('Control+k');
  await page.locator('pagefind-input input').waitFor();
  for (const query of ['kinesis', 'xgboost', 'precision', 'firehose', 'dropout']) {
    const ms = await page.evaluate(async (q) => {
      const input = document.querySelector<HTMLInputElement>('pagefind-input input')!;
      const results = document.querySelector('pagefind-results')!;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 400));
      return new Promise<number>((resolve) => {
        let start = 0;
        const observer = new MutationObserver(() => {
          const link = results.querySelector('a[href]');
          if (link && link.textContent && start) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        });
        observer.observe(results, { childList: true, subtree: true, characterData: true });
        start = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }, query);
    timings.push(ms);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  report.push(
    `\nSearch: first query fetched ${kib(searchBytes)} (gzip) in ${searchRequests} requests; ` +
      `input to first rendered result: first query ${timings[0]!.toFixed(0)} ms, median of 5 ${sorted[2]!.toFixed(0)} ms (debounce 80 ms included)`,
  );
  // The search-quality benchmark over the same index.
  const { runSearchBenchmark } = await import('../e2e/search-benchmark.ts');
  const quality = await runSearchBenchmark(page);
  report.push(
    `Search quality: ${quality.queries} queries, top-1 ${(quality.top1 * 100).toFixed(1)} %, top-3 ${(quality.top3 * 100).toFixed(1)} %, MRR ${quality.mrr.toFixed(3)}`,
  );
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
