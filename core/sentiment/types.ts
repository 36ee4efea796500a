/** Public types of the sentiment/intent classifier (pure data, no runtime code). */

export type Lang = 'es' | 'en' | 'other';
export type Sentiment = 'positive' | 'neutral' | 'negative';
export type Intent = 'question' | 'complaint' | 'praise' | 'urgent' | 'spam';
export const INTENTS: readonly Intent[] = ['question', 'complaint', 'praise', 'urgent', 'spam'];

export type ReasonEffect = 'positive' | 'negative' | Intent | 'negation' | 'intensifier';

/** A word, emoji or phrase of the input that drove a result (shown in the badge's tooltip). */
export interface Reason {
  token: string;
  effect: ReasonEffect;
}

export interface Classification {
  lang: Lang;
  sentiment: Sentiment;
  /** p(positive) − p(negative), in [−1, 1]. */
  score: number;
  intent: Intent[];
  reasons: Reason[];
}

export interface Classifier {
  classify(text: string): Classification;
  classifyBatch(texts: readonly string[]): Classification[];
  /** Like classifyBatch, but yields to the event loop every `budgetMs` so a page never stalls. */
  classifyBatchAsync(texts: readonly string[], budgetMs?: number): Promise<Classification[]>;
}

/** Serialized weights (core/sentiment/model/weights.json), produced by scripts/train-sentiment.ts. */
export interface ModelWeights {
  version: number;
  /** log2 of the hashing space. */
  bits: number;
  classes: ['negative', 'neutral', 'positive'];
  /** Multiply an int8 weight by this to get the real weight. */
  scale: number;
  /** Sorted bucket ids, delta + LEB128 varint, base64. */
  keys: string;
  /** int8 weights, 3 per key (negative, neutral, positive), base64. */
  weights: string;
  /** logits(negative, positive) += lexiconPrior × lexicon evidence (negation-aware), tuned on the dev splits. */
  lexiconPrior: number;
  /** Logit offsets per detected language, tuned on the dev splits. */
  bias: Record<Lang, [number, number, number]>;
  /** Logit offsets tuned per benchmark split (only used by the bench, for a like-for-like comparison). */
  profiles?: Record<string, [number, number, number]>;
  meta?: Record<string, unknown>;
}
