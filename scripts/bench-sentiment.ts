/**
 * Sentiment/intent benchmark: macro-F1 and accuracy on every test split of ../shared/data/sentiment for Vocero and
 * five npm libraries (their neutral band tuned on the tuning splits), language-detection accuracy, intent
 * precision/recall on the hand-labelled set, throughput on one core, and the gzip size of what the extension loads.
 * Writes tests/bench/results/sentiment.{md,json}.
 *
 *   npm run bench:sentiment
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createClassifier } from '../core/sentiment/classifier';
import type { Intent, ModelWeights } from '../core/sentiment/types';
import { INTENTS } from '../core/sentiment/types';
import { machine, writeResult } from '../tests/bench/report';
import { dataDir, dataPresent, macroF1, readSet, repoRoot, type Row } from './train-sentiment';

const require = createRequire(import.meta.url);
const LABELS = ['negative', 'neutral', 'positive'] as const;
const pct = (x: number) => (100 * x).toFixed(1);

interface Split {
  name: string;
  lang: 'es' | 'en';
  tune: Row[];
  test: Row[];
  note: string;
}

// ---------------------------------------------------------------------------------------------- peers

type Scorer = (text: string) => number | Promise<number>;

async function peers(): Promise<Record<string, { en: Scorer; es?: Scorer }>> {
  const { SentimentAnalyzer } = require('@nlpjs/sentiment');
  const { containerBootstrap } = require('@nlpjs/core');
  const { LangEs } = require('@nlpjs/lang-es');
  const { LangEn } = require('@nlpjs/lang-en');
  const container = await containerBootstrap();
  container.use(LangEs);
  container.use(LangEn);
  const nlp = new SentimentAnalyzer({ container });
  const multilang = require('multilang-sentiment');
  const vader = require('vader-sentiment');
  const Afinn = require('sentiment');
  const afinn = new Afinn();
  const wink = require('wink-sentiment');
  const nlpjs = (locale: string) => async (t: string) =>
    ((await nlp.process({ locale, text: t })) as { sentiment: { score: number } }).sentiment.score;
  return {
    'multilang-sentiment': {
      en: (t) => multilang(t, 'en').score as number,
      es: (t) => multilang(t, 'es').score as number,
    },
    'sentiment (AFINN)': { en: (t) => afinn.analyze(t).score as number },
    'wink-sentiment': { en: (t) => wink(t).normalizedScore as number },
    'vader-sentiment': { en: (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound as number },
    '@nlpjs/sentiment': { en: nlpjs('en'), es: nlpjs('es') },
  };
}

/** Neutral band (lo, hi) on a score, maximising macro-F1 on the tuning items. */
function tuneBand(scores: number[], gold: number[]): [number, number] {
  const sorted = [...new Set(scores)].sort((a, b) => a - b);
  const cands = new Set<number>();
  for (let q = 0; q <= 80; q++)
    cands.add(sorted[Math.min(sorted.length - 1, Math.floor((q / 80) * sorted.length))]!);
  for (const x of [-1e-9, 0, 1e-9]) cands.add(x);
  const c = [...cands].sort((a, b) => a - b);
  let best: [number, number] = [0, 0];
  let bestF = -1;
  for (let i = 0; i < c.length; i++) {
    for (let j = i; j < c.length; j++) {
      const lo = c[i]!;
      const hi = c[j]!;
      const f = macroF1(
        scores.map((s) => band(s, lo, hi)),
        gold,
      ).f1;
      if (f > bestF) {
        bestF = f;
        best = [lo, hi];
      }
    }
  }
  return best;
}
const band = (s: number, lo: number, hi: number) => (s < lo ? 0 : s > hi ? 2 : 1);

// ---------------------------------------------------------------------------------------------- main

async function main() {
  if (!dataPresent()) {
    console.log(`skipped: data absent (${dataDir})`);
    return;
  }
  const weightsPath = path.join(repoRoot, 'core/sentiment/model/weights.json');
  const weights = JSON.parse(fs.readFileSync(weightsPath, 'utf8')) as ModelWeights;
  const shipped = createClassifier(weights);

  const es = readSet('es_intertass.jsonl');
  const sb = readSet('en_semeval17_balanced.jsonl');
  const vd = readSet('en_vader_tweets.jsonl');
  const splits: Split[] = [
    {
      name: 'es_intertass',
      lang: 'es',
      tune: es.filter((r) => r.split !== 'test'),
      test: es.filter((r) => r.split === 'test'),
      note: 'peers tuned on train+dev; Vocero trained on train, offsets tuned on dev',
    },
    {
      name: 'en_semeval17_balanced',
      lang: 'en',
      tune: sb.filter((r) => r.split !== 'test'),
      test: sb.filter((r) => r.split === 'test'),
      note: 'peers tuned on train+dev; Vocero trained on train (+ TweetEval validation minus dev), tuned on dev',
    },
    {
      name: 'en_vader_tweets',
      lang: 'en',
      tune: vd.filter((r) => r.split === 'train'),
      test: vd.filter((r) => r.split === 'test'),
      note: 'no dev split: peers tuned on train; Vocero trained on train, offsets tuned by 3-fold CV on train. VADER is in-sample',
    },
  ];
  const gold = (rows: Row[]) => rows.map((r) => LABELS.indexOf(r.label));
  // --cache: keep the libraries' scores in the OS temp dir between runs (multilang-sentiment takes ~45 ms a tweet).
  const cacheFile = path.join(os.tmpdir(), 'vocero-bench-sentiment-peers.json');
  const peerCache: Record<string, { tune: number[]; test: number[] }> | null = process.argv.includes(
    '--cache',
  )
    ? fs.existsSync(cacheFile)
      ? JSON.parse(fs.readFileSync(cacheFile, 'utf8'))
      : {}
    : null;
  const P = await peers();
  type Cell = { f1: number; acc: number } | null;
  const table: Record<string, Record<string, Cell>> = {};
  const systems = ['Vocero (offsets per split)', 'Vocero (shipped defaults)', ...Object.keys(P)];
  for (const s of systems) table[s] = {};
  const langAcc: Record<string, number> = {};

  for (const sp of splits) {
    const g = gold(sp.test);
    const prof = createClassifier(weights, { profile: sp.name });
    const outP = sp.test.map((r) => prof.classify(r.text));
    const outS = sp.test.map((r) => shipped.classify(r.text));
    table['Vocero (offsets per split)']![sp.name] = macroF1(
      outP.map((o) => LABELS.indexOf(o.sentiment)),
      g,
    );
    table['Vocero (shipped defaults)']![sp.name] = macroF1(
      outS.map((o) => LABELS.indexOf(o.sentiment)),
      g,
    );
    langAcc[sp.name] = outS.filter((o) => o.lang === sp.lang).length / outS.length;
    for (const [name, p] of Object.entries(P)) {
      const scorer = sp.lang === 'es' ? p.es : p.en;
      if (!scorer) {
        table[name]![sp.name] = null;
        continue;
      }
      const cacheKey = `${name}|${sp.name}`;
      let cached = peerCache?.[cacheKey];
      if (!cached) {
        const tune: number[] = [];
        for (const r of sp.tune) tune.push(await scorer(r.text));
        const test: number[] = [];
        for (const r of sp.test) test.push(await scorer(r.text));
        cached = { tune, test };
        if (peerCache) peerCache[cacheKey] = cached;
      }
      const { tune: tuneScores, test: testScores } = cached;
      const [lo, hi] = tuneBand(tuneScores, gold(sp.tune));
      table[name]![sp.name] = macroF1(
        testScores.map((s) => band(s, lo, hi)),
        g,
      );
    }
    console.log(
      sp.name,
      systems.map((s) => `${s}: ${table[s]![sp.name] ? pct(table[s]![sp.name]!.f1) : '–'}`).join(' | '),
    );
  }

  if (peerCache) fs.writeFileSync(cacheFile, JSON.stringify(peerCache));

  // ---- intent on the hand-labelled set
  const intentFile = path.join(repoRoot, 'tests/fixtures/intent/intent-labelled.jsonl');
  const items = fs
    .readFileSync(intentFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map(
      (l) => JSON.parse(l) as { id: string; text: string; lang: string; intent: Intent[]; sentiment: string },
    );
  const intentPR: Record<string, { tp: number; fp: number; fn: number; support: number }> = {};
  for (const i of INTENTS) intentPR[i] = { tp: 0, fp: 0, fn: 0, support: 0 };
  let langOk = 0;
  let sentOk = 0;
  let exact = 0;
  for (const it of items) {
    const o = shipped.classify(it.text);
    if (o.lang === it.lang) langOk++;
    if (o.sentiment === it.sentiment) sentOk++;
    if ([...o.intent].sort().join() === [...it.intent].sort().join()) exact++;
    for (const i of INTENTS) {
      const p = o.intent.includes(i);
      const t = it.intent.includes(i);
      const c = intentPR[i]!;
      if (t) c.support++;
      if (p && t) c.tp++;
      else if (p) c.fp++;
      else if (t) c.fn++;
    }
  }
  const ratio = (a: number, b: number) => (b ? a / b : 0);

  // ---- throughput (one core: this process's main thread), latency
  const texts = [...es, ...sb, ...vd].map((r) => r.text).concat(items.map((i) => i.text));
  const fresh = createClassifier(weights);
  for (let i = 0; i < 2000; i++) fresh.classify(texts[i % texts.length]!);
  // Throughput: whole passes over the texts, no timer inside the loop; median of 7 passes.
  // Both per wall-clock second and per CPU second of this process (the latter does not depend on what else
  // the machine is running; the goal is judged on it).
  const rounds: number[] = [];
  const cpuRounds: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (const t of texts) fresh.classify(t);
    const c1 = process.cpuUsage(c0);
    rounds.push(texts.length / (Number(process.hrtime.bigint() - t0) / 1e9));
    cpuRounds.push(texts.length / ((c1.user + c1.system) / 1e6));
  }
  rounds.sort((x, y) => x - y);
  cpuRounds.sort((x, y) => x - y);
  const perSec = rounds[3]!;
  const perCpuSec = cpuRounds[3]!;
  // Latency: one more pass, timing each comment.
  const lat: number[] = [];
  for (const t of texts) {
    const a0 = process.hrtime.bigint();
    fresh.classify(t);
    lat.push(Number(process.hrtime.bigint() - a0) / 1e3);
  }
  lat.sort((x, y) => x - y);
  const p99 = lat[Math.floor(lat.length * 0.99)]!;
  const worst = lat[lat.length - 1]!;
  const load = os.loadavg()[0]!;
  const longText = 'no me gusta nada, llevo 3 días esperando 😡 '.repeat(200);
  const a = process.hrtime.bigint();
  fresh.classify(longText);
  const longMs = Number(process.hrtime.bigint() - a) / 1e6;
  const avgLen = texts.reduce((s, t) => s + t.length, 0) / texts.length;

  // ---- sizes
  const gz = (buf: Buffer | string) => zlib.gzipSync(buf, { level: 9 }).length;
  const read = (p: string) => fs.readFileSync(path.join(repoRoot, p));
  const modelFiles = [
    'core/sentiment/model/weights.json',
    'core/sentiment/model/lexicon-en.json',
    'core/sentiment/lexicon.ts',
    'core/sentiment/emoji.ts',
  ];
  const modelGz = gz(Buffer.concat(modelFiles.map(read)));
  let bundle: { entry: number; lazy: number } | null = null;
  try {
    const esbuild = require('esbuild') as typeof import('esbuild');
    const build = (entry: string) =>
      esbuild.buildSync({
        entryPoints: [path.join(repoRoot, entry)],
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        splitting: false,
        external: ['./classifier', './model/weights.json'],
        loader: { '.json': 'json' },
      }).outputFiles[0]!.contents;
    bundle = {
      entry: gz(Buffer.from(build('core/sentiment/index.ts'))),
      lazy: gz(
        Buffer.concat([
          Buffer.from(build('core/sentiment/classifier.ts')),
          read('core/sentiment/model/weights.json'),
        ]),
      ),
    };
  } catch (e) {
    console.warn('bundle size skipped:', (e as Error).message);
  }

  // ---- report
  const best = (sp: string) => Math.max(...Object.keys(P).map((k) => table[k]![sp]?.f1 ?? 0));
  const date = new Date().toISOString().slice(0, 10);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  let md = `## Sentiment and intent (\`npm run bench:sentiment\`)\n\n`;
  md += `${date} · ${cpu} · ${machine()} · model ${weights.meta?.['keep'] ?? ''} buckets.\n\n`;
  md += `Macro-F1 / accuracy (%) on each **test** split of \`../shared/data/sentiment\`. Every library's neutral band is `;
  md += `tuned on the split's tuning items; Vocero's offsets likewise ("per split"); "shipped defaults" is what the `;
  md += `extension runs (one offset set per detected language).\n\n`;
  md += `| system | ${splits.map((s) => `${s.name} (${s.test.length})`).join(' | ')} |\n|---|${splits.map(() => '---|').join('')}\n`;
  for (const s of systems) {
    md += `| ${s} | ${splits.map((sp) => (table[s]![sp.name] ? `${pct(table[s]![sp.name]!.f1)} / ${pct(table[s]![sp.name]!.acc)}` : '(English only)')).join(' | ')} |\n`;
  }
  md += `| best library | ${splits.map((sp) => pct(best(sp.name))).join(' | ')} |\n`;
  md += `| Vocero − best library (goal ≥ +10) | ${splits
    .map((sp) => {
      const d = 100 * (table['Vocero (offsets per split)']![sp.name]!.f1 - best(sp.name));
      return `${d >= 0 ? '+' : ''}${d.toFixed(1)} ${d >= 10 ? 'met' : 'not met'}`;
    })
    .join(' | ')} |\n\n`;
  for (const sp of splits) md += `- ${sp.name}: ${sp.note}.\n`;
  md += `\nLanguage detection on the same test items (share detected as the split's language): `;
  md += splits.map((sp) => `${sp.name} ${pct(langAcc[sp.name]!)} %`).join(', ') + '.\n\n';
  md += `### Intent on the hand-labelled set (\`tests/fixtures/intent/intent-labelled.jsonl\`, ${items.length} items)\n\n`;
  md += `| intent | support | precision | recall |\n|---|---|---|---|\n`;
  for (const i of INTENTS) {
    const c = intentPR[i]!;
    md += `| ${i} | ${c.support} | ${pct(ratio(c.tp, c.tp + c.fp))} | ${pct(ratio(c.tp, c.tp + c.fn))} |\n`;
  }
  md += `\nExact intent-set match ${pct(exact / items.length)} %; language ${pct(langOk / items.length)} %; `;
  md += `sentiment accuracy ${pct(sentOk / items.length)} % on the same items. The rules were written while `;
  md += `building this set, so these figures are optimistic (no held-out intent set).\n\n`;
  md += `### Speed and size\n\n| figure | measured | goal | |\n|---|---|---|---|\n`;
  md += `| throughput, one core, per CPU second (${texts.length} real tweets + intent set, mean ${avgLen.toFixed(0)} chars; median of 7 passes) | ${Math.round(perCpuSec).toLocaleString('en-US')} comments/s | ≥ 20,000 | ${perCpuSec >= 20000 ? 'met' : 'not met'} |\n`;
  md += `| same, per wall-clock second (load average ${load.toFixed(1)} on ${os.cpus().length} cores during the run) | ${Math.round(perSec).toLocaleString('en-US')} comments/s | – | |\n`;
  md += `| latency median / p99 / worst single comment | ${lat[lat.length >> 1]!.toFixed(0)} µs / ${p99.toFixed(0)} µs / ${(worst / 1000).toFixed(1)} ms | – | |\n`;
  md += `| a 9,000-character comment (cut to 2,000 chars) | ${longMs.toFixed(1)} ms | – | |\n`;
  md += `| model + lexicons, gzip (${modelFiles.map((f) => path.basename(f)).join(', ')}) | ${(modelGz / 1024).toFixed(0)} KB | ≤ 300 KB | ${modelGz <= 300 * 1024 ? 'met' : 'not met'} |\n`;
  if (bundle) {
    md += `| entry \`core/sentiment/index.ts\` in the content script, minified gzip | ${(bundle.entry / 1024).toFixed(1)} KB | – | |\n`;
    md += `| lazy chunk (classifier code + lexicons + franc-min + weights), minified gzip | ${(bundle.lazy / 1024).toFixed(0)} KB | – | |\n`;
  }
  md += `\n\`classifyBatchAsync\` yields to the event loop every 8 ms, so a page never waits longer than one slice.\n`;

  const figures = {
    date,
    machine: { cpu, node: process.version, cores: os.cpus().length },
    sentiment: Object.fromEntries(systems.map((s) => [s, table[s]])),
    bestLibrary: Object.fromEntries(splits.map((sp) => [sp.name, best(sp.name)])),
    langDetection: langAcc,
    intent: {
      items: items.length,
      perLabel: Object.fromEntries(
        INTENTS.map((i) => {
          const c = intentPR[i]!;
          return [
            i,
            { support: c.support, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) },
          ];
        }),
      ),
      exactMatch: exact / items.length,
      lang: langOk / items.length,
      sentiment: sentOk / items.length,
    },
    throughputPerSec: Math.round(perSec),
    throughputPerCpuSec: Math.round(perCpuSec),
    latencyP99Us: p99,
    worstMs: worst / 1000,
    loadAverage: load,
    modelGzipBytes: modelGz,
    bundleGzipBytes: bundle,
  };
  writeResult('sentiment', md, figures);
  console.log(md);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
