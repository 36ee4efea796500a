// `npm test`: every check and every test, in order, then one closing line `N passed, N failed`.
// Static checks and builds count as one test each; Vitest suites count their own tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium';

const RESULTS = 'test-results';
let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
  return result.status === 0;
}

function check(label: string, command: string, args: string[], env: Record<string, string> = {}): void {
  if (run(label, command, args, env)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

function vitest(label: string, args: string[]): void {
  const out = join(RESULTS, `${label}.json`);
  rmSync(out, { force: true });
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${out}`,
  ]);
  if (!existsSync(out)) {
    failed++;
    failures.push(`${label} (no report: the runner crashed)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests > 0 || !ok) failures.push(label);
  if (!ok && report.numFailedTests === 0) failed++; // e.g. a suite that failed to load
}

mkdirSync(RESULTS, { recursive: true });
ensureChromium();
check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.']);
check('format', 'npx', ['prettier', '--check', '.']);
vitest('unit', []);
check('build chrome (store)', 'npx', ['wxt', 'build']);
check('build chrome (demo)', 'npx', ['wxt', 'build'], { VOCERO_DEMO: '1' });
check('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
check('build test pages', 'npx', ['vite', 'build', '--config', 'tests/pages/vite.config.ts']);
vitest('e2e', ['--config', 'vitest.e2e.config.ts']);

console.log(failures.length ? `\nFailed: ${failures.join(', ')}` : '\nAll checks and tests passed.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
