/**
 * Trains Vocero's sentiment model (multinomial logistic regression over hashed features, see
 * core/sentiment/README.md) from the train/dev splits of ../shared/data/sentiment, and writes
 * core/sentiment/model/weights.json. Deterministic: fixed seed, fixed data order, no clock in the output.
 *
 *   node --import tsx scripts/train-sentiment.ts [--check]   (--check: train and report, do not write)
 *
 * Test splits are never read for anything but being skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeBase64, encodeSortedInts } from '../core/sentiment/codec';
import { FeatureBuffer, analyse, denseBuckets, extract } from '../core/sentiment/features';
import { detectLang } from '../core/sentiment/lang';
import { tokenize } from '../core/sentiment/text';
import type { Lang, ModelWeights } from '../core/sentiment/types';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const dataDir = path.resolve(repoRoot, '../shared/data/sentiment');
const LABELS = ['negative', 'neutral', 'positive'] as const;
type Label = (typeof LABELS)[number];

export interface Row {
  id: string;
  text: string;
  label: Label;
  split: 'train' | 'dev' | 'test';
}

export function readSet(file: string): Row[] {
  return fs
    .readFileSync(path.join(dataDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

export const dataPresent = () =>
  [
    'es_intertass.jsonl',
    'en_semeval17_balanced.jsonl',
    'en_semeval17_dev.jsonl',
    'en_vader_tweets.jsonl',
  ].every((f) => fs.existsSync(path.join(dataDir, f)));

const key = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

/** Training and tuning material. Never includes a test item. */
export function loadTraining() {
  const es = readSet('es_intertass.jsonl');
  const sb = readSet('en_semeval17_balanced.jsonl');
  const sd = readSet('en_semeval17_dev.jsonl');
  const vd = readSet('en_vader_tweets.jsonl');
  const sbDev = sb.filter((r) => r.split === 'dev');
  const exclude = new Set([...sbDev, ...sb.filter((r) => r.split === 'test')].map((r) => key(r.text)));
  const seen = new Set<string>();
  const semeval: Row[] = [];
  for (const r of [...sb.filter((x) => x.split === 'train'), ...sd]) {
    const k = key(r.text);
    if (exclude.has(k) || seen.has(k)) continue;
    seen.add(k);
    semeval.push(r);
  }
  return {
    esTrain: es.filter((r) => r.split === 'train'),
    esDev: es.filter((r) => r.split === 'dev'),
    semevalTrain: semeval,
    semevalDev: sbDev,
    vaderTrain: vd.filter((r) => r.split === 'train'),
  };
}

// ---------------------------------------------------------------------------------------------- features

export interface Doc extends Feats {
  y: number;
  w: number;
}

export const BITS = 20;
const MASK = (1 << BITS) - 1;
const buf = new FeatureBuffer();

export interface Feats {
  idx: Int32Array;
  val: Float32Array;
  lang: Lang;
  /** Lexicon evidence (negative, positive) for the lexicon prior. */
  lexNeg: number;
  lexPos: number;
}

export function featurize(text: string): Feats {
  const tokens = tokenize(text);
  const lang = detectLang(text, tokens);
  const lex = analyse(tokens, lang);
  extract(tokens, lang, lex, MASK, buf);
  return {
    idx: buf.idx.slice(0, buf.n),
    val: buf.val.slice(0, buf.n),
    lang,
    lexNeg: lex.wordNeg + lex.emoNeg,
    lexPos: lex.wordPos + lex.emoPos,
  };
}

function toDocs(rows: Row[], weight: number, balance: boolean): Doc[] {
  const count = [0, 0, 0];
  for (const r of rows) count[LABELS.indexOf(r.label)]!++;
  return rows.map((r) => {
    const y = LABELS.indexOf(r.label);
    const f = featurize(r.text);
    const w = balance ? (weight * rows.length) / (3 * count[y]!) : weight;
    return { ...f, y, w };
  });
}

// ---------------------------------------------------------------------------------------------- training

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Hyper {
  epochs: number;
  lr: number;
  l2: number;
  seed: number;
}

export const HYPER: Hyper = { epochs: 6, lr: 0.1, l2: 1e-5, seed: 20261122 };

export function train(docs: Doc[], h: Hyper): Float32Array {
  const W = new Float32Array(3 << BITS);
  const G = new Float32Array(3 << BITS).fill(1e-6);
  const order = docs.map((_, i) => i);
  const rnd = mulberry32(h.seed);
  const z = [0, 0, 0];
  for (let ep = 0; ep < h.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const di of order) {
      const d = docs[di]!;
      z[0] = z[1] = z[2] = 0;
      for (let k = 0; k < d.idx.length; k++) {
        const r = d.idx[k]! * 3;
        const v = d.val[k]!;
        z[0] += v * W[r]!;
        z[1] += v * W[r + 1]!;
        z[2] += v * W[r + 2]!;
      }
      const m = Math.max(z[0]!, z[1]!, z[2]!);
      const e0 = Math.exp(z[0]! - m);
      const e1 = Math.exp(z[1]! - m);
      const e2 = Math.exp(z[2]! - m);
      const s = e0 + e1 + e2;
      const g = [e0 / s - (d.y === 0 ? 1 : 0), e1 / s - (d.y === 1 ? 1 : 0), e2 / s - (d.y === 2 ? 1 : 0)];
      for (let k = 0; k < d.idx.length; k++) {
        const r = d.idx[k]! * 3;
        const v = d.val[k]!;
        for (let c = 0; c < 3; c++) {
          const gr = d.w * g[c]! * v + h.l2 * W[r + c]!;
          G[r + c]! += gr * gr;
          W[r + c]! -= (h.lr * gr) / Math.sqrt(G[r + c]!);
        }
      }
    }
  }
  return W;
}

/** Keep the `keep` buckets with the largest weight range (plus the dense ones), int8-quantise. */
export function compress(W: Float32Array, keep: number) {
  const n = 1 << BITS;
  const strength: number[] = [];
  const cand: number[] = [];
  for (let b = 0; b < n; b++) {
    const a = W[b * 3]!;
    const c = W[b * 3 + 1]!;
    const d = W[b * 3 + 2]!;
    if (a === 0 && c === 0 && d === 0) continue;
    cand.push(b);
    strength.push(Math.max(a, c, d) - Math.min(a, c, d));
  }
  const order = cand.map((_, i) => i).sort((i, j) => strength[j]! - strength[i]! || cand[i]! - cand[j]!);
  const kept = new Set(order.slice(0, keep).map((i) => cand[i]!));
  for (const b of denseBuckets(MASK)) kept.add(b);
  const keys = [...kept].sort((a, b) => a - b);
  // centre each row (softmax is shift-invariant) so int8 has more room
  let maxAbs = 0;
  const rows = keys.map((b) => {
    const r = [W[b * 3]!, W[b * 3 + 1]!, W[b * 3 + 2]!];
    const mean = (r[0]! + r[1]! + r[2]!) / 3;
    const c = r.map((x) => x - mean);
    for (const x of c) maxAbs = Math.max(maxAbs, Math.abs(x));
    return c;
  });
  const scale = maxAbs / 127;
  const q = new Int8Array(keys.length * 3);
  rows.forEach((r, i) => r.forEach((x, c) => (q[i * 3 + c] = Math.round(x / scale))));
  const deq = new Float32Array(3 << BITS);
  keys.forEach((b, i) => {
    for (let c = 0; c < 3; c++) deq[b * 3 + c] = q[i * 3 + c]! * scale;
  });
  return { keys, q, scale: Number(scale.toPrecision(8)), deq };
}

// ---------------------------------------------------------------------------------------------- evaluation

export function logitsOf(W: Float32Array, d: Feats, prior = 0): [number, number, number] {
  const z: [number, number, number] = [prior * d.lexNeg, 0, prior * d.lexPos];
  for (let k = 0; k < d.idx.length; k++) {
    const r = d.idx[k]! * 3;
    const v = d.val[k]!;
    z[0] += v * W[r]!;
    z[1] += v * W[r + 1]!;
    z[2] += v * W[r + 2]!;
  }
  return z;
}

export function macroF1(pred: number[], gold: number[]): { f1: number; acc: number } {
  let acc = 0;
  const tp = [0, 0, 0];
  const fp = [0, 0, 0];
  const fn = [0, 0, 0];
  for (let i = 0; i < gold.length; i++) {
    const p = pred[i]!;
    const g = gold[i]!;
    if (p === g) {
      acc++;
      tp[g]!++;
    } else {
      fp[p]!++;
      fn[g]!++;
    }
  }
  let f = 0;
  for (let c = 0; c < 3; c++) {
    const pr = tp[c]! + fp[c]! ? tp[c]! / (tp[c]! + fp[c]!) : 0;
    const rc = tp[c]! + fn[c]! ? tp[c]! / (tp[c]! + fn[c]!) : 0;
    f += pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
  }
  return { f1: f / 3, acc: acc / gold.length };
}

export const argmax3 = (z: readonly number[], b: readonly number[]) => {
  const a = z[0]! + b[0]!;
  const c = z[1]! + b[1]!;
  const d = z[2]! + b[2]!;
  return a > c && a > d ? 0 : d > c ? 2 : 1;
};

/** Grid-search logit offsets (negative, 0, positive) maximising mean macro-F1 over the given sets. */
export function tuneBias(sets: { z: [number, number, number][]; y: number[] }[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  let bestF = -1;
  for (let bn = -2; bn <= 2.0001; bn += 0.05) {
    for (let bp = -2; bp <= 2.0001; bp += 0.05) {
      const b = [bn, 0, bp];
      let f = 0;
      for (const s of sets)
        f += macroF1(
          s.z.map((z) => argmax3(z, b)),
          s.y,
        ).f1;
      if (f > bestF + 1e-12) {
        bestF = f;
        best = [Number(bn.toFixed(2)), 0, Number(bp.toFixed(2))];
      }
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------- main

export const KEEP = 40000;
let ES_WEIGHT = 1.5;

function buildTrainDocs(d: ReturnType<typeof loadTraining>, vaderRows: Row[]): Doc[] {
  return [
    ...toDocs(d.esTrain, ES_WEIGHT, true),
    ...toDocs(d.semevalTrain, 1, true),
    ...toDocs(vaderRows, 1, true),
  ];
}

/**
 * core/sentiment/model/lexicon-en.json from the VADER lexicon shipped in node_modules/vader-sentiment: single
 * words only, folded like tokens, ratings (−4…+4) scaled ×0.75, words of the hand-written table left out.
 * Returns true when the file changed (the caller then restarts, as the lexicon is imported at load time).
 */
async function writeEnglishLexicon(): Promise<boolean> {
  const src = path.join(repoRoot, 'node_modules/vader-sentiment/vader_lexicon.txt');
  const out = path.join(repoRoot, 'core/sentiment/model/lexicon-en.json');
  const { POLARITY } = await import('../core/sentiment/lexicon');
  const { fold } = await import('../core/sentiment/text');
  const words = new Map<string, number>();
  for (const line of fs.readFileSync(src, 'utf8').split('\n')) {
    const [w, score] = line.split('\t');
    if (!w || !score || !/^[a-z][a-z']*$/.test(w)) continue;
    const k = fold(w).replace(/'/g, '');
    const v = Math.round(Number(score) * 7.5) / 10;
    if (POLARITY.has(k) || words.has(k) || v === 0) continue;
    words.set(k, v);
  }
  const json = {
    source:
      'VADER lexicon (C.J. Hutto & E. Gilbert, ICWSM 2014, MIT licence), from the vader-sentiment npm port (Apache-2.0); single words, ratings ×0.75',
    words: [...words].map(([w, v]) => `${w}:${v}`).join(' '),
  };
  const prettier = await import('prettier');
  const text = await prettier.format(JSON.stringify(json), {
    ...((await prettier.resolveConfig(out)) ?? {}),
    filepath: out,
  });
  if (fs.existsSync(out) && fs.readFileSync(out, 'utf8') === text) return false;
  fs.writeFileSync(out, text);
  console.log(`wrote ${path.relative(repoRoot, out)} (${words.size} words)`);
  return true;
}

async function main() {
  if (!dataPresent()) {
    console.log(`skipped: data absent (${dataDir})`);
    return;
  }
  if (await writeEnglishLexicon()) {
    // The lexicon is imported when this module loads: run again with the new one.
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
    });
    process.exit(r.status ?? 1);
  }
  const check = process.argv.includes('--check');
  const hyper: Hyper = { ...HYPER };
  for (const a of process.argv) {
    const m = /^--(epochs|lr|l2)=(.+)$/.exec(a);
    if (m) hyper[m[1] as 'epochs' | 'lr' | 'l2'] = Number(m[2]);
  }
  const esw = process.argv.find((a) => a.startsWith('--es-weight='));
  if (esw) ES_WEIGHT = Number(esw.slice(12));
  const keep = Number(process.argv.find((a) => a.startsWith('--keep='))?.slice(7) ?? KEEP);
  const t0 = Date.now();
  const d = loadTraining();
  const devSet = (rows: Row[]) => {
    const f = rows.map((r) => featurize(r.text));
    return { f, y: rows.map((r) => LABELS.indexOf(r.label)) };
  };
  const esDev = devSet(d.esDev);
  const sbDev = devSet(d.semevalDev);

  // Out-of-fold logits on vader train (3 folds) for tuning its offsets, as it has no dev split.
  const folds = 3;
  const oof: { W: Float32Array; f: Feats; y: number }[] = [];
  const vaderFeats = d.vaderTrain.map((r) => featurize(r.text));
  for (let k = 0; k < folds; k++) {
    const inFold = (i: number) => i % folds === k;
    const W = train(
      buildTrainDocs(
        d,
        d.vaderTrain.filter((_, i) => !inFold(i)),
      ),
      hyper,
    );
    const { deq } = compress(W, keep);
    d.vaderTrain.forEach((r, i) => {
      if (!inFold(i)) return;
      oof.push({ W: deq, f: vaderFeats[i]!, y: LABELS.indexOf(r.label) });
    });
  }

  const docs = buildTrainDocs(d, d.vaderTrain);
  const W = train(docs, hyper);
  const { keys, q, scale, deq } = compress(W, keep);
  // Lexicon prior: logits += prior × lexicon evidence. Chosen on the tuning sets: the largest prior whose mean
  // macro-F1 stays within 0.5 points of the best, as it makes negation and rare words robust beyond the tweets.
  const setsFor = (prior: number) => ({
    es: { z: esDev.f.map((f) => logitsOf(deq, f, prior)), y: esDev.y },
    sb: { z: sbDev.f.map((f) => logitsOf(deq, f, prior)), y: sbDev.y },
    vader: { z: oof.map((o) => logitsOf(o.W, o.f, prior)), y: oof.map((o) => o.y) },
  });
  const scorePrior = (prior: number) => {
    const s = setsFor(prior);
    const f = [s.es, s.sb, s.vader].map((x) => {
      const b = tuneBias([x]);
      return macroF1(
        x.z.map((z) => argmax3(z, b)),
        x.y,
      ).f1;
    });
    return (f[0]! + f[1]! + f[2]!) / 3;
  };
  const priors = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1];
  const priorF = priors.map(scorePrior);
  const bestF = Math.max(...priorF);
  const prior = priors.filter((_, i) => priorF[i]! >= bestF - 0.005).pop()!;
  console.log(
    'lexicon prior sweep',
    priors.map((p, i) => `${p}:${(100 * priorF[i]!).toFixed(1)}`).join(' '),
    '→',
    prior,
  );
  const { es: esZ, sb: sbZ, vader: vaderOOF } = setsFor(prior);
  const profiles = {
    es_intertass: tuneBias([esZ]),
    en_semeval17_balanced: tuneBias([sbZ]),
    en_vader_tweets: tuneBias([vaderOOF]),
  };
  const enBias = tuneBias([sbZ, vaderOOF]);
  const bias: Record<Lang, [number, number, number]> = {
    es: profiles.es_intertass,
    en: enBias,
    other: [
      Number(((profiles.es_intertass[0] + enBias[0]) / 2).toFixed(2)),
      0,
      Number(((profiles.es_intertass[2] + enBias[2]) / 2).toFixed(2)),
    ],
  };
  const report = (name: string, s: { z: [number, number, number][]; y: number[] }, b: number[]) => {
    const r = macroF1(
      s.z.map((z) => argmax3(z, b)),
      s.y,
    );
    console.log(`${name.padEnd(34)} macro-F1 ${(100 * r.f1).toFixed(1)}  acc ${(100 * r.acc).toFixed(1)}`);
  };
  report('es_intertass dev (profile)', esZ, profiles.es_intertass);
  report('en_semeval17_balanced dev (profile)', sbZ, profiles.en_semeval17_balanced);
  report('en_vader_tweets train 3-fold OOF', vaderOOF, profiles.en_vader_tweets);
  report('en_semeval17_balanced dev (en bias)', sbZ, enBias);
  report('en_vader_tweets OOF (en bias)', vaderOOF, enBias);
  console.log(
    `kept ${keys.length} buckets, ${docs.length} training docs, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );

  const model: ModelWeights = {
    version: 1,
    bits: BITS,
    classes: ['negative', 'neutral', 'positive'],
    scale,
    keys: encodeBase64(encodeSortedInts(keys)),
    weights: encodeBase64(new Uint8Array(q.buffer)),
    bias,
    lexiconPrior: prior,
    profiles,
    meta: {
      trainer: 'scripts/train-sentiment.ts',
      algorithm: 'multinomial logistic regression, AdaGrad, hashed features (see core/sentiment/README.md)',
      hyper,
      keep,
      trainedOn: {
        es_intertass: `train (${d.esTrain.length})`,
        en_semeval17: `balanced train + TweetEval validation, minus balanced dev/test (${d.semevalTrain.length})`,
        en_vader_tweets: `train (${d.vaderTrain.length})`,
      },
      tunedOn: 'es_intertass dev, en_semeval17_balanced dev, en_vader_tweets train (3-fold out-of-fold)',
    },
  };
  if (!check) {
    const out = path.join(repoRoot, 'core/sentiment/model/weights.json');
    // Formatted like the rest of the repo so `prettier --check .` passes on the committed file.
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(out)) ?? {};
    fs.writeFileSync(out, await prettier.format(JSON.stringify(model), { ...options, filepath: out }));
    console.log(`wrote ${path.relative(repoRoot, out)} (${fs.statSync(out).size} bytes)`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
