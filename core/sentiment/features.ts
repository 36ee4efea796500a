/**
 * Feature extraction shared by training (scripts/train-sentiment.ts) and the runtime classifier, so both see
 * exactly the same vector. Hashed word unigrams (negation-marked), bigrams and character 3–5-grams, plus a few
 * dense lexicon, emoji, negation and emphasis features.
 */
import { EMOJI_POLARITY, EMOTICON_POLARITY } from './emoji';
import { finish, hashString, seedOf, step } from './hash';
import { CONTRAST, INTENSIFIERS, NEGATORS, polarityOf } from './lexicon';
import type { Token } from './text';
import type { Lang } from './types';

export interface Polar {
  /** Token index. */
  tok: number;
  /** Signed strength after negation, intensifiers, emphasis and contrast. */
  score: number;
  /** Index of the negator / intensifier that changed it, or −1. */
  negator: number;
  intensifier: number;
}

export interface LexAnalysis {
  polar: Polar[];
  /** Per token: inside a negation scope. */
  negated: Uint8Array;
  wordPos: number;
  wordNeg: number;
  emoPos: number;
  emoNeg: number;
  exclam: number;
  question: number;
  elongated: number;
  caps: number;
  laugh: number;
  negations: number;
}

const NEG_SCOPE = 3;
const LIKE_VERB_AFTER = new Set([
  'i',
  'we',
  'you',
  'they',
  'really',
  'do',
  'dont',
  'didnt',
  'doesnt',
  'not',
  'would',
]);

export function analyse(tokens: readonly Token[], lang: Lang): LexAnalysis {
  const negated = new Uint8Array(tokens.length);
  const polar: Polar[] = [];
  let negLeft = 0;
  let negTok = -1;
  let boost = 1;
  let intTok = -1;
  let contrastAt = -1;
  let exclam = 0;
  let question = 0;
  let elongated = 0;
  let caps = 0;
  let laugh = 0;
  let negations = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (t.norm === '!') exclam++;
      else if (t.norm === '?') question++;
      negLeft = 0;
      boost = 1;
      continue;
    }
    let pol = 0;
    if (t.kind === 'word' || t.kind === 'hashtag') {
      if (t.elongated) elongated++;
      if (t.caps) caps++;
      const w = t.norm;
      if (NEGATORS.has(w)) {
        negLeft = NEG_SCOPE;
        negTok = i;
        negations++;
        continue;
      }
      const k = INTENSIFIERS.get(w);
      if (k !== undefined) {
        // Post-modifier right after a polar word ("me gusta mucho", "mola mucho"): strengthen that word.
        const last = polar[polar.length - 1];
        if (last && last.tok === i - 1 && boost === 1) {
          last.score *= k;
          last.intensifier = i;
          continue;
        }
        boost *= k;
        intTok = i;
        if (negLeft > 0) negated[i] = 1;
        continue;
      }
      if (CONTRAST.has(w)) {
        contrastAt = i;
        negLeft = 0;
        continue;
      }
      if (w === '<laugh>') {
        laugh++;
        pol = 1;
      } else {
        pol = polarityOf(w, lang);
        // "like" is mostly a preposition; as a verb after a subject or negator it carries real weight.
        if (w === 'like' && i > 0 && LIKE_VERB_AFTER.has(tokens[i - 1]!.norm)) pol = 2;
      }
      if (negLeft > 0) {
        negated[i] = 1;
        negLeft--;
      }
    } else if (t.kind === 'emoji') {
      pol =
        EMOJI_POLARITY.get(t.norm) ?? EMOJI_POLARITY.get(String.fromCodePoint(t.norm.codePointAt(0)!)) ?? 0;
    } else if (t.kind === 'emoticon') {
      pol = EMOTICON_POLARITY.get(t.norm) ?? 0;
    }
    if (pol !== 0) {
      let s = pol * boost;
      if (t.elongated || t.caps) s *= 1.3;
      const neg = negated[i] === 1 && t.kind !== 'emoji' && t.kind !== 'emoticon';
      if (neg) s *= -0.75;
      polar.push({ tok: i, score: s, negator: neg ? negTok : -1, intensifier: boost !== 1 ? intTok : -1 });
    }
    boost = 1;
  }
  let wordPos = 0;
  let wordNeg = 0;
  let emoPos = 0;
  let emoNeg = 0;
  for (const p of polar) {
    if (contrastAt >= 0) p.score *= p.tok < contrastAt ? 0.5 : 1.5;
    const kind = tokens[p.tok]!.kind;
    const emo = kind === 'emoji' || kind === 'emoticon';
    if (p.score > 0) {
      if (emo) emoPos += p.score;
      else wordPos += p.score;
    } else if (emo) emoNeg -= p.score;
    else wordNeg -= p.score;
  }
  return {
    polar,
    negated,
    wordPos,
    wordNeg,
    emoPos,
    emoNeg,
    exclam,
    question,
    elongated,
    caps,
    laugh,
    negations,
  };
}

/** Reusable buffer of (bucket, value, token) triples. */
export class FeatureBuffer {
  idx: Int32Array;
  val: Float32Array;
  tok: Int16Array;
  n = 0;
  constructor(capacity = 8192) {
    this.idx = new Int32Array(capacity);
    this.val = new Float32Array(capacity);
    this.tok = new Int16Array(capacity);
  }
  push(bucket: number, value: number, tok: number): void {
    if (this.n === this.idx.length) return;
    this.idx[this.n] = bucket;
    this.val[this.n] = value;
    this.tok[this.n] = tok;
    this.n++;
  }
}

const S_WORD = seedOf('w:');
const S_NEG = seedOf('n:');
const S_BI = seedOf('b:');
const S_CHAR = seedOf('c:');
const DENSE = [
  'd:bias',
  'd:wordpos',
  'd:wordneg',
  'd:emopos',
  'd:emoneg',
  'd:exclam',
  'd:question',
  'd:elong',
  'd:caps',
  'd:laugh',
  'd:negation',
  'd:url',
  'd:short',
  'd:lang:es',
  'd:lang:en',
  'd:lang:other',
].map((name) => finish(seedOf(name)));
export const DENSE_COUNT = DENSE.length;

const cap = (x: number, m: number) => (x > m ? m : x);

/**
 * Fill `buf` with the hashed features of a tokenised text. `mask` = 2^bits − 1.
 * Sparse features get value 1/√n (n = their count); dense features keep their own scale.
 */
export function extract(
  tokens: readonly Token[],
  lang: Lang,
  lex: LexAnalysis,
  mask: number,
  buf: FeatureBuffer,
): void {
  buf.n = 0;
  let prev = '';
  let urls = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      prev = '';
      continue;
    }
    if (t.kind === 'url') urls++;
    const w = t.norm;
    const seed = lex.negated[i] === 1 ? S_NEG : S_WORD;
    buf.push(finish(hashString(seed, w)) & mask, 1, i);
    if (prev !== '') {
      let h = hashString(S_BI, prev);
      h = step(h, 124);
      buf.push(finish(hashString(h, w)) & mask, 1, i);
    }
    prev = w;
    if ((t.kind === 'word' || t.kind === 'hashtag') && w.length >= 2 && w.charCodeAt(0) !== 60) {
      // character n-grams of "^word$"
      const L = w.length + 2;
      for (let s = 0; s < L - 2; s++) {
        let h = S_CHAR;
        for (let e = s; e < L && e < s + 5; e++) {
          const c = e === 0 ? 94 : e === L - 1 ? 36 : w.charCodeAt(e - 1);
          h = step(h, c);
          if (e - s >= 2) buf.push(finish(h) & mask, 1, i);
        }
      }
    }
  }
  const n = buf.n;
  if (n > 0) {
    const v = 1 / Math.sqrt(n);
    for (let k = 0; k < n; k++) buf.val[k] = v;
  }
  const dense = [
    1,
    cap(lex.wordPos / 3, 3),
    cap(lex.wordNeg / 3, 3),
    cap(lex.emoPos / 3, 3),
    cap(lex.emoNeg / 3, 3),
    cap(lex.exclam, 3) / 3,
    cap(lex.question, 2) / 2,
    lex.elongated > 0 ? 1 : 0,
    lex.caps > 0 ? 1 : 0,
    lex.laugh > 0 ? 1 : 0,
    lex.negations > 0 ? 1 : 0,
    urls > 0 ? 1 : 0,
    tokens.length <= 4 ? 1 : 0,
    lang === 'es' ? 1 : 0,
    lang === 'en' ? 1 : 0,
    lang === 'other' ? 1 : 0,
  ];
  for (let k = 0; k < DENSE.length; k++) {
    const x = dense[k]!;
    if (x !== 0) buf.push(DENSE[k]! & mask, x, -1);
  }
}

/** Bucket ids of the dense features (never pruned from the model). */
export function denseBuckets(mask: number): number[] {
  return DENSE.map((h) => h & mask);
}
