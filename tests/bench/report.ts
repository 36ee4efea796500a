// Shared by the benchmarks: where results go and what machine produced them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export const RESULTS_DIR = join(import.meta.dirname, 'results');

export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Writes one benchmark's section (markdown) and its raw figures (JSON) for scripts/bench.ts to collect. */
export function writeResult(name: string, markdown: string, figures: unknown): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${name}.md`), markdown.trim() + '\n');
  writeFileSync(join(RESULTS_DIR, `${name}.json`), JSON.stringify(figures, null, 2) + '\n');
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
