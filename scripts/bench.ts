/**
 * `npm run bench`: a clean build, then what a first visit costs. Prints build time, page count,
 * dist/ size, and for typical pages the bytes loaded before any interaction (HTML, CSS, JS, fonts;
 * raw and gzip) with request counts, as issue 19's table (total, HTML+other, JS, CSS, fonts,
 * requests) and in detail, the budgets they are held to, and Lighthouse's mobile scores. A
 * benchmark, not a test: it reports, and exits non-zero only if it cannot run.
 * BENCH_PAGES (comma-separated paths) picks the pages; BENCH_NO_BUILD=1 skips the build and
 * BENCH_DIST=<dir> measures another built copy (to compare two builds).
 */
import { execSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-path.ts';
import { bankFigures, type FigureQuestion } from '../src/lib/questions/bank-figures.ts';
import { BUDGETS, PAGE_BUDGETS } from '../src/lib/build/budgets.ts';
import { KINDS, kib } from '../src/lib/build/page-weight.ts';
import { measurePage } from '../e2e/page-weight.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4329);
const origin = `http://127.0.0.1:${PORT}`;
// Three typical pages (an algorithm page with formulas and a quiz, the home page without widgets, a
// domain page with formulas, quiz, calculator and decision tree), then the page with the sortable table,
// the heaviest formula page and the heaviest table page (the three of issue 19 and PAGE_BUDGETS).
const pages = (
  process.env.BENCH_PAGES ??
  '/modeling/algorithms/xgboost/,/,/data-engineering/streaming-ingestion/,/modeling/algorithm-selection/,/modeling/evaluation-metrics/,/reference/glossary/'
).split(',');

// 1. Clean build (BENCH_NO_BUILD=1 measures the dist/ already there, to compare two builds quickly).
const dist = process.env.BENCH_DIST ?? 'dist';
let buildSeconds = Number.NaN;
if (!process.env.BENCH_NO_BUILD && !process.env.BENCH_DIST) {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  execSync('npx astro build', { stdio: 'ignore' });
  buildSeconds = (performance.now() - started) / 1000;
}

// 2. Output size.
let files = 0;
let raw = 0;
let gzip = 0;
let htmlPages = 0;
for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  const path = join(dist, name);
  if (!statSync(path).isFile()) continue;
  const bytes = readFileSync(path);
  files++;
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 6 }).length;
  if (name.endsWith('.html')) htmlPages++;
}
console.log(Number.isNaN(buildSeconds) ? `Build: skipped, measuring ${dist}/` : `Build (clean): ${buildSeconds.toFixed(1)} s`);
console.log(`Pages: ${htmlPages} HTML pages; dist/: ${files} files, ${kib(raw)} raw, ${kib(gzip)} gzip`);

// 2b. Answer cues of the published question bank (src/lib/bank-figures.ts; targets in the content test).
{
  const published = JSON.parse(readFileSync(join(dist, 'data/questions.json'), 'utf8')) as {
    questions: (FigureQuestion & { domain: number | null; mla: string[] })[];
  };
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const banks = [
    {
      exam: 'MLS-C01',
      questions: published.questions.filter((q) => q.domain !== null),
      domainOf: (q: { domain: number | null }) => String(q.domain),
    },
    {
      exam: 'MLA-C01',
      questions: published.questions.filter((q) => q.mla.length > 0),
      domainOf: (q: { mla: string[] }) => q.mla[0]!.slice(4).split('.')[0],
    },
  ];
  for (const { exam, questions, domainOf } of banks) {
    const f = bankFigures(questions);
    const byDomain = ['1', '2', '3', '4'].map((d) => questions.filter((q) => domainOf(q as never) === d).length);
    console.log(
      `${exam} question bank: ${f.questions} questions (${byDomain.map((n) => pct(n / f.questions)).join(' / ')} by domain), ${pct(f.multiple / f.questions)} multiple response`,
    );
    console.log(
      `  single: key strictly longest ${pct(f.singleKeyLongest)}, strictly shortest ${pct(f.singleKeyShortest)}, key ÷ distractor length ${f.lengthRatio.toFixed(2)}`,
    );
    console.log(
      `  multiple: k longest = key ${pct(f.multipleKeyLongest)}; longest-option guesser ${pct(f.longestGuesser)}; key alone justified ${pct(f.onlyKeyJustified)}; near-identical pairs ${f.nearDuplicates.length}`,
    );
  }
}

// 3. First-visit weight (e2e/page-weight.ts, the same measure the budget test holds to PAGE_BUDGETS).
const server = spawn(process.execPath, ['scripts/serve.ts', dist], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const executablePath = await chromiumPath();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });

const report: string[] = [];
const table = ['| page | total | HTML+other | JS | CSS | fonts | requests |', '| --- | --- | --- | --- | --- | --- | --- |'];
const n = (bytes: number) => (bytes / 1024).toFixed(1);
for (const path of pages) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const weight = await measurePage(context, `${origin}${path}`);
  await context.close();
  const { byKind } = weight;
  table.push(
    `| \`${path}\` | ${n(weight.total)} KiB | ${n(byKind.html.gzip + byKind.other.gzip)} | ${n(byKind.js.gzip)} | ${n(byKind.css.gzip)} | ${n(byKind.font.gzip)} | ${weight.requests} |`,
  );
  report.push(`\n${path}: ${kib(weight.total)} gzip in ${weight.requests} requests`);
  for (const kind of KINDS) {
    report.push(
      `  ${kind.padEnd(5)} ${kib(byKind[kind].gzip).padStart(10)} gzip ${kib(byKind[kind].raw).padStart(10)} raw  (${byKind[kind].requests} req)`,
    );
  }
  const jsFiles = weight.files.filter((f) => f.kind === 'js');
  for (const f of jsFiles) report.push(`    js ${f.path}: ${kib(f.gzip)} gzip`);
  for (const f of weight.files.filter((f) => f.kind === 'font')) report.push(`    font ${f.path}: ${kib(f.gzip)}`);
  const quizJs = jsFiles.filter((f) => f.path.includes('Quiz')).reduce((s, f) => s + f.gzip, 0);
  const widgetJs = jsFiles.filter((f) => /Quiz|DecisionTree|Calculator|DataTable/.test(f.path)).reduce((s, f) => s + f.gzip, 0);
  const siteJs = jsFiles.reduce((s, f) => s + f.gzip, 0) - widgetJs;
  for (const [name, budget] of [
    ['DecisionTree', 8 * 1024],
    ['Calculator', 8 * 1024],
    ['DataTable', 8 * 1024],
  ] as const) {
    const size = jsFiles.filter((f) => f.path.includes(name)).reduce((s, f) => s + f.gzip, 0);
    if (size > 0) report.push(`  ${size <= budget ? 'ok  ' : 'OVER'} ${name} JS: ${kib(size)} (budget ${kib(budget)})`);
  }
  const check = (name: string, value: number, budget: number) =>
    `  ${value <= budget ? 'ok  ' : 'OVER'} ${name}: ${kib(value)} (budget ${kib(budget)})`;
  report.push(check('site JS before interaction (without widgets)', siteJs, BUDGETS.siteJs));
  if (quizJs > 0) report.push(check('quiz JS', quizJs, BUDGETS.quizJs));
  report.push(check('CSS', byKind.css.gzip, BUDGETS.css));
  report.push(check('first visit in all', weight.total, BUDGETS.total));
  const own = PAGE_BUDGETS[path];
  if (own) {
    for (const kind of ['html', 'css', 'js', 'font'] as const) report.push(check(`page budget ${kind}`, byKind[kind].gzip, own[kind]));
    report.push(check('page budget in all', weight.total, own.total));
  }
}
console.log(`\nFirst visit, gzip (fonts as sent):\n${table.join('\n')}`);

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
