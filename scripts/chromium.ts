// Finds the system Chromium for tests and the demo. Tests never download a browser of their own:
// when Chromium is missing and we run as root, it is installed with apt-get; otherwise we say how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    console.error(
      'Chromium not found: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH) and try again.',
    );
    process.exit(1);
  }
  console.log('Chromium not found: installing it with apt-get (about 30 s)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  const installed = findChromium();
  if (!installed) {
    console.error('apt-get finished but no chromium binary was found; set CHROMIUM_PATH.');
    process.exit(1);
  }
  return installed;
}
