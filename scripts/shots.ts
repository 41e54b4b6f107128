/**
 * Screenshots of the main pages for a person to review, not a test: home, a domain page, XGBoost,
 * evaluation metrics, the glossary, search open, a practice exam in progress and its results, each at
 * 375 and 1280 px wide, light and dark, into `shots/` (git-ignored). Serves the built `dist/` (run
 * `npm run build` first). SHOTS_PORT overrides the port (4330).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-path.ts';

const PORT = Number(process.env.SHOTS_PORT ?? 4330);
const origin = `http://127.0.0.1:${PORT}`;
const OUT = 'shots';
const widths = [375, 1280] as const;
const themes = ['light', 'dark'] as const;

/** Each shot: a name, how to get there, and whether the whole page is captured or only the first screen. */
const shots: { name: string; full: boolean; go: (page: Page) => Promise<void> }[] = [
  { name: 'home', full: true, go: (p) => open(p, '/') },
  { name: 'domain-modeling', full: false, go: (p) => open(p, '/modeling/') },
  { name: 'xgboost', full: false, go: (p) => open(p, '/modeling/algorithms/xgboost/') },
  { name: 'evaluation-metrics', full: false, go: (p) => open(p, '/modeling/evaluation-metrics/') },
  { name: 'glossary', full: false, go: (p) => open(p, '/reference/glossary/') },
  {
    name: 'search-open',
    full: false,
    go: async (p) => {
      await open(p, '/');
      await p.getByRole('button', { name: /Search/ }).click();
      await p.getByRole('searchbox').fill('kinesis firehose');
      await p.getByRole('dialog').getByRole('list', { name: 'Search results' }).getByRole('link').first().waitFor();
    },
  },
  {
    name: 'exam-in-progress',
    full: false,
    go: async (p) => {
      await open(p, '/practice/exam/');
      await p.getByRole('button', { name: 'Start the exam' }).click();
      await p.locator('[data-q-options] input').first().check();
      await p.getByRole('button', { name: 'Next', exact: true }).click();
      await p.getByRole('heading', { name: /^Question 2 of / }).waitFor();
    },
  },
  {
    name: 'exam-results',
    full: false,
    go: async (p) => {
      await p.getByRole('button', { name: 'Review and submit…' }).click();
      await p.getByRole('button', { name: 'Submit the exam' }).click();
      await p.getByRole('heading', { name: 'Results', level: 2 }).waitFor();
      await p.evaluate(() => window.scrollTo(0, 0));
    },
  },
];

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.waitForLoadState('networkidle');
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = spawn(process.execPath, ['scripts/serve.ts'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: chromiumArgs });
let count = 0;
try {
  for (const width of widths) {
    for (const theme of themes) {
      // One context per width and theme: the exam's results follow from its attempt in progress.
      const context = await browser.newContext({
        viewport: { width, height: width < 800 ? 667 : 800 },
        colorScheme: theme,
        deviceScaleFactor: 1,
        ...(width < 800 ? { isMobile: true, hasTouch: true } : {}),
      });
      const page = await context.newPage();
      for (const shot of shots) {
        await shot.go(page);
        await page.screenshot({ path: `${OUT}/${shot.name}-${width}-${theme}.png`, fullPage: shot.full });
        count++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`${count} screenshots in ${OUT}/`);
