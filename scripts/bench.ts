// `npm run bench`: runs every benchmark of the project in one go and rewrites BENCHMARKS.md from their
// sections (tests/bench/results/<name>.md). Benchmarks that need ../shared/data say so and skip cleanly.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machine, RESULTS_DIR } from '../tests/bench/report';

interface Bench {
  name: string;
  command: string[];
  /** Needs the demo build / the extension in Chromium. */
  needsBuild?: boolean;
}

const BENCHES: Bench[] = [
  { name: 'sentiment', command: ['node', '--import', 'tsx', 'scripts/bench-sentiment.ts'] },
  { name: 'overlay', command: ['node', '--import', 'tsx', 'tests/bench/overlay.bench.ts'], needsBuild: true },
  { name: 'people', command: ['node', '--import', 'tsx', 'tests/bench/people.bench.ts'] },
  { name: 'log', command: ['node', '--import', 'tsx', 'tests/bench/log.bench.ts'], needsBuild: true },
  { name: 'templates', command: ['node', '--import', 'tsx', 'tests/bench/templates.bench.ts'] },
];

const only = process.argv.slice(2);
const selected = only.length ? BENCHES.filter((b) => only.includes(b.name)) : BENCHES;
if (selected.some((b) => b.needsBuild))
  spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, VOCERO_DEMO: '1' } });

const status = new Map<string, string>();
for (const bench of selected) {
  console.log(`\n▶ bench ${bench.name}: ${bench.command.join(' ')}`);
  const result = spawnSync(bench.command[0]!, bench.command.slice(1), { stdio: 'inherit' });
  status.set(bench.name, result.status === 0 ? 'ok' : `failed (exit ${result.status})`);
}

const sections = BENCHES.map((bench) => {
  const file = join(RESULTS_DIR, `${bench.name}.md`);
  const ran = status.get(bench.name);
  if (ran && ran !== 'ok') return `## ${bench.name}\n\nThe last run ${ran}; see its output.\n`;
  return existsSync(file) ? readFileSync(file, 'utf8') : `## ${bench.name}\n\nNot run yet.\n`;
});

writeFileSync(
  'BENCHMARKS.md',
  `# Benchmarks

Written by \`npm run bench\` (every benchmark in one go; \`npm run bench -- <name>\` reruns one and keeps the
others' last results). Each section says its machine and date; goals are the issues' own. Performance goals
live here, not in timed unit tests.

Last written: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}, after running ${selected.map((b) => b.name).join(', ')}.

${sections.join('\n')}`,
);
console.log('\nBENCHMARKS.md rewritten.');
process.exit([...status.values()].every((s) => s === 'ok') ? 0 : 1);
