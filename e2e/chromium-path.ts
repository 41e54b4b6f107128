/**
 * The Chromium the browser tests drive: `CHROME_PATH` if set, else Debian's `/usr/bin/chromium`,
 * else the Chromium shipped inside the npm package `@sparticuz/chromium` (unpacked on first use),
 * so `npm test` needs nothing but Node and npm.
 */
import { existsSync } from 'node:fs';

export async function chromiumPath(): Promise<string> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return await chromium.executablePath();
  } catch (error) {
    throw new Error(
      'No Chromium found for the browser tests. Set CHROME_PATH to a Chromium or Chrome binary, ' +
        "install Debian's package (`apt-get install chromium`), or run `npm ci` so that " +
        `@sparticuz/chromium is installed. (${String(error)})`,
      { cause: error },
    );
  }
}

/** Flags for a headless Chromium on a closed network: no sandbox (CI runs as root), no background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
