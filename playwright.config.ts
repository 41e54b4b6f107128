import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/chromium-path.ts';

const port = Number(process.env.E2E_PORT ?? 4322);

/** Browser tests run against the built site (`npm run build` first), served as a static host would. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  // Sized for a loaded 2-core machine (other builds and browsers running): an expect waits for a
  // visible state up to 15 s, a test gets 90 s; the long tests set their own (axe over every page).
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: await chromiumPath(), args: chromiumArgs },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve.ts`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
