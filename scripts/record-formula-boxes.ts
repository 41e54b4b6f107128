/**
 * `node scripts/record-formula-boxes.ts <built-site-dir>`: records the rendered boxes of the formulas
 * of the pages in `BOX_PAGES` (e2e/formula-boxes.ts) into e2e/baselines/formula-boxes.json, the
 * baseline `e2e/formula-fonts.spec.ts` holds the build to. Record it from a build that keeps KaTeX's
 * full fonts, in the browser and viewport of the tests:
 * `KATEX_FULL_FONTS=1 npx astro build --outDir .scratch/full && node scripts/record-formula-boxes.ts .scratch/full`.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-path.ts';
import { BOX_PAGES, formulaBoxes } from '../e2e/formula-boxes.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/record-formula-boxes.ts <built-site-dir>');
const port = 4339;
const server = spawn(process.execPath, ['scripts/serve.ts', dir], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
try {
  for (let i = 0; ; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (i > 50) throw new Error('the server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const browser = await chromium.launch({ executablePath: await chromiumPath(), args: chromiumArgs });
  const context = await browser.newContext({ ...devices['Desktop Chrome'], serviceWorkers: 'block' });
  const baseline: Record<string, Record<string, string>> = {};
  for (const path of BOX_PAGES) {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}${path}`);
    baseline[path] = Object.fromEntries((await formulaBoxes(page)).map((f) => [f.key, f.boxes]));
    console.log(`${path}: ${Object.keys(baseline[path]).length} formulas`);
    await page.close();
  }
  await browser.close();
  writeFileSync('e2e/baselines/formula-boxes.json', `${JSON.stringify(baseline, null, 2)}\n`);
} finally {
  server.kill();
}
