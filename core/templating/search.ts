// The picker's search, built to answer within 2 ms per keystroke over thousands of templates.
//
// Fuse.js alone is far from that here (measured while building this: 25–110 ms per keystroke for 2,000
// templates, since bitap runs over every field of every template for every keystroke). So the index is split:
// - an inverted index of the templates' words (name, shortcut, tags, category, the start of each wording),
//   folded (case, accents), sorted, so a word being typed is a binary-searched prefix range;
// - Fuse.js for the typos: when a word has no prefix match, the vocabulary words sharing most letter pairs
//   with it are matched with Fuse (bitap, approximate prefix), and the result is cached per word.
// Each query word scores each template by the field it matched (name 3, shortcut 2.5, tags 2, category 1.5,
// wording 1) and how (exact word 1, prefix 0.8, typo 0.7·(1 − Fuse score)); templates matching fewer words
// than the best ones (minus one) are dropped. Then templates that fit the comment come first: its language,
// its intents (from the classifier) and its network (fitOf). An exact shortcut ("/gracias") always leads.
import Fuse from 'fuse.js';
import type { IntentName, Network, TemplateLike } from './types';

/** How much of each variant goes into the index: the words a CM remembers, cheap to index. */
export const BODY_CHARS = 160;
/** Weight of the fit against text relevance (0–1): a fitting template beats a slightly better text match. */
export const FIT_WEIGHT = 0.3;

const FIELD_WEIGHTS = { name: 3, shortcut: 2.5, tags: 2, category: 1.5, body: 1 } as const;
const MAX_WEIGHT = 3;
const TOKEN = /[\p{L}\p{N}]+/gu;
const FUZZY_MIN = 3;
const FUZZY_THRESHOLD = 0.34;
const CACHE_SIZE = 512;
const FUZZY_CANDIDATES = 48;

/** Folds case and accents: "Devolución" → "devolucion". */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const foldShortcut = (s: string) => fold(s.trim()).replace(/^[/;:!#.]+/, '');

export interface TemplateIndex<T extends TemplateLike = TemplateLike> {
  templates: readonly T[];
  /** Sorted distinct folded words. */
  vocab: string[];
  /** Per vocab word: the templates holding it and the weight of the best field it is in. */
  docs: Int32Array[];
  weights: Float32Array[];
  shortcuts: Map<string, number[]>;
  /** Letter pair → vocab positions holding it (candidates for typos). */
  bigrams: Map<string, number[]>;
  /** Per-word match scores per template, reused across keystrokes. */
  cache: Map<string, Float32Array>;
  /** Per options (language, intents, network): each template's fit. */
  fits: Map<string, Float64Array>;
  /** Position of each template in name order (ties). */
  nameRank: Int32Array;
}

export interface SearchOptions {
  /** The comment's language as the classifier detected it. */
  lang?: 'es' | 'en' | 'other';
  intents?: readonly IntentName[];
  platform?: Network;
  /** At most this many hits (default 50). */
  limit?: number;
}

export interface SearchHit<T extends TemplateLike = TemplateLike> {
  template: T;
  /** Higher is better: text relevance (0–1; 10+ for an exact shortcut) plus FIT_WEIGHT × fit. */
  score: number;
  /** 0–1: how well the template fits the comment (language, intent, network). */
  fit: number;
}

export function buildIndex<T extends TemplateLike>(templates: readonly T[]): TemplateIndex<T> {
  const postings = new Map<string, { docs: number[]; weights: number[] }>();
  const shortcuts = new Map<string, number[]>();
  const own = new Map<string, number>(); // this template's words → best field weight
  const add = (text: string, weight: number) => {
    for (const word of fold(text).match(TOKEN) ?? [])
      if ((own.get(word) ?? 0) < weight) own.set(word, weight);
  };
  templates.forEach((t, doc) => {
    own.clear();
    add(t.name, FIELD_WEIGHTS.name);
    add(t.shortcut, FIELD_WEIGHTS.shortcut);
    add(t.tags.join(' '), FIELD_WEIGHTS.tags);
    add(t.category, FIELD_WEIGHTS.category);
    add(t.variants.map((variant) => variant.slice(0, BODY_CHARS)).join(' '), FIELD_WEIGHTS.body);
    for (const [word, weight] of own) {
      const list = postings.get(word);
      if (list) {
        list.docs.push(doc);
        list.weights.push(weight);
      } else postings.set(word, { docs: [doc], weights: [weight] });
    }
    const key = foldShortcut(t.shortcut);
    if (key) shortcuts.set(key, [...(shortcuts.get(key) ?? []), doc]);
  });
  const vocab = [...postings.keys()].sort();
  const docs = vocab.map((w) => Int32Array.from(postings.get(w)!.docs));
  const weights = vocab.map((w) => Float32Array.from(postings.get(w)!.weights));
  const bigrams = new Map<string, number[]>();
  vocab.forEach((word, k) => {
    for (const gram of bigramsOf(word)) {
      const list = bigrams.get(gram);
      if (list) list.push(k);
      else bigrams.set(gram, [k]);
    }
  });
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const byName = templates
    .map((_, i) => i)
    .sort((a, b) => collator.compare(templates[a]!.name, templates[b]!.name));
  const nameRank = new Int32Array(templates.length);
  byName.forEach((doc, rank) => (nameRank[doc] = rank));
  return { templates, vocab, docs, weights, shortcuts, bigrams, cache: new Map(), fits: new Map(), nameRank };
}

/** First vocab position ≥ `word`. */
function lowerBound(vocab: readonly string[], word: string): number {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocab[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const bigramsOf = (word: string): string[] => {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) grams.add(word.slice(i, i + 2));
  return [...grams];
};

/**
 * Vocabulary words a misspelt `word` may stand for: the FUZZY_CANDIDATES words sharing the most letter pairs
 * with it (q-gram filter), then Fuse.js (bitap, as an approximate prefix) decides and scores.
 */
function fuzzyWords(index: TemplateIndex, word: string): { k: number; score: number }[] {
  const counts = new Uint16Array(index.vocab.length);
  const touched: number[] = [];
  for (const gram of bigramsOf(word))
    for (const k of index.bigrams.get(gram) ?? []) if (counts[k]!++ === 0) touched.push(k);
  touched.sort((a, b) => counts[b]! - counts[a]!);
  const candidates = touched.slice(0, FUZZY_CANDIDATES);
  const fuse = new Fuse(
    candidates.map((k) => index.vocab[k]!),
    { includeScore: true, threshold: FUZZY_THRESHOLD, location: 0, distance: 16 },
  );
  return fuse.search(word).map((r) => ({ k: candidates[r.refIndex]!, score: r.score ?? 1 }));
}

/** Per template, the best score of one query word (0 = not matched). */
function wordScores(index: TemplateIndex, word: string): Float32Array {
  const cached = index.cache.get(word);
  if (cached) return cached;
  const scores = new Float32Array(index.templates.length);
  const credit = (k: number, quality: number) => {
    const docs = index.docs[k]!;
    const weights = index.weights[k]!;
    for (let j = 0; j < docs.length; j++) {
      const s = weights[j]! * quality;
      if (s > scores[docs[j]!]!) scores[docs[j]!] = s;
    }
  };
  let k = lowerBound(index.vocab, word);
  const first = k;
  for (; k < index.vocab.length && index.vocab[k]!.startsWith(word); k++)
    credit(k, index.vocab[k] === word ? 1 : 0.8);
  if (k === first && word.length >= FUZZY_MIN) {
    for (const { k: near, score } of fuzzyWords(index, word)) credit(near, 0.7 * (1 - score));
  }
  if (index.cache.size >= CACHE_SIZE) index.cache.clear();
  index.cache.set(word, scores);
  return scores;
}

/**
 * 0–1: language 0.5, intent 0.35 (share of the template's intents the comment has), network 0.15. An "any"
 * template / one listing no networks fits halfway.
 */
export function fitOf(template: TemplateLike, { lang, intents, platform }: SearchOptions): number {
  const langFit = !lang || lang === 'other' || template.lang === 'any' ? 0.5 : template.lang === lang ? 1 : 0;
  // A template for just this intent fits better than one for many ("question" → the answer, then "move to DM").
  const own = template.intents ?? [];
  const intentFit =
    intents?.length && own.length ? own.filter((i) => intents.includes(i)).length / own.length : 0;
  const networkFit =
    !platform || template.networks.length === 0 ? 0.5 : template.networks.includes(platform) ? 1 : 0;
  return langFit * 0.5 + intentFit * 0.35 + networkFit * 0.15;
}

/** Per template, its fit for these options; computed once per comment (the options stay while typing). */
function fitsFor(index: TemplateIndex, options: SearchOptions): Float64Array {
  const key = `${options.lang ?? ''}|${[...(options.intents ?? [])].sort().join(',')}|${options.platform ?? ''}`;
  let fits = index.fits.get(key);
  if (!fits) {
    fits = Float64Array.from(index.templates, (template) => fitOf(template, options));
    if (index.fits.size >= 16) index.fits.clear();
    index.fits.set(key, fits);
  }
  return fits;
}

export function searchTemplates<T extends TemplateLike>(
  index: TemplateIndex<T>,
  query: string,
  options: SearchOptions = {},
): SearchHit<T>[] {
  const limit = options.limit ?? 50;
  const n = index.templates.length;
  const words = [...new Set(fold(query).match(TOKEN) ?? [])];
  const relevance = new Float64Array(n);
  const matched = new Uint8Array(n);
  let best = 0;
  for (const word of words) {
    const scores = wordScores(index, word);
    for (let doc = 0; doc < n; doc++) {
      const s = scores[doc]!;
      if (s > 0) {
        relevance[doc]! += s / (MAX_WEIGHT * words.length);
        if (++matched[doc]! > best) best = matched[doc]!;
      }
    }
  }
  for (const doc of index.shortcuts.get(foldShortcut(query)) ?? []) {
    relevance[doc] = 10;
    matched[doc] = best = Math.max(best, words.length, 1);
  }
  const floor = words.length === 0 ? 0 : Math.max(1, best - 1);
  const fits = fitsFor(index, options);
  const score = new Float64Array(n);
  const kept: number[] = [];
  for (let doc = 0; doc < n; doc++) {
    if (matched[doc]! < floor) continue;
    score[doc] = relevance[doc]! + FIT_WEIGHT * fits[doc]!;
    kept.push(doc);
  }
  // Only the top `limit` are sorted: the cut-off score comes from a numeric sort of the scores alone.
  let top = kept;
  if (kept.length > limit) {
    const sorted = Float64Array.from(kept, (doc) => score[doc]!).sort();
    const cut = sorted[sorted.length - limit]!;
    top = kept.filter((doc) => score[doc]! >= cut);
  }
  top.sort((a, b) => score[b]! - score[a]! || index.nameRank[a]! - index.nameRank[b]!);
  if (top.length > limit) top.length = limit;
  return top.map((doc) => ({ template: index.templates[doc]!, fit: fits[doc]!, score: score[doc]! }));
}
