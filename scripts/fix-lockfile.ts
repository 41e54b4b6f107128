/**
 * Works around npm/cli#9846: when a platform-specific optional dependency cannot be resolved from the
 * registry in use (a mirror that only holds this machine's platform), `npm install` leaves it out of
 * package-lock.json and `npm ci` then refuses the lockfile ("Missing: … from lock file").
 *
 * This adds an entry for each such package, with the version its parent asks for and the os/cpu/libc
 * read from its name, so `npm ci` accepts the lockfile and skips the package on other platforms.
 * Run it after changing dependencies: `node scripts/fix-lockfile.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

const OS: Record<string, string> = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  android: 'android',
};
const CPU = ['x64', 'arm64', 'arm', 'ia32', 'wasm32', 'riscv64', 's390x', 'ppc64'];

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${path}/node_modules/${name}`]) continue;
    const tokens = name.split('/').pop()!.split('-');
    const os = tokens.map((t) => OS[t]).find(Boolean);
    const cpu = tokens.find((t) => CPU.includes(t));
    const libc = tokens.includes('musl') ? 'musl' : tokens.includes('gnu') ? 'glibc' : undefined;
    if (!os && cpu !== 'wasm32') {
      console.error(`${name}: cannot tell its platform from the name; add it to package-lock.json by hand`);
      process.exitCode = 1;
      continue;
    }
    const stub: LockEntry = { version: range.replace(/^[\^~=]/, ''), dev: entry.dev ?? true, optional: true };
    if (os) stub.os = [os];
    if (cpu) stub.cpu = [cpu];
    if (libc) stub.libc = [libc];
    lock.packages[key] = stub;
    added.push(`${name}@${stub.version}`);
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length > 0 ? `added to package-lock.json: ${added.join(', ')}` : 'package-lock.json needed no change');
