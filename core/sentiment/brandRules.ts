// Brand rules: phrases the CM sets in settings (product names, crisis words) that force a tag before
// the model is trusted. Matching ignores case and accents and needs whole words.
import type { Intent, Sentiment } from './types';

export interface BrandRule {
  phrase: string;
  sentiment?: Sentiment;
  intent?: Intent[];
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matcher(phrase: string): RegExp | null {
  const folded = fold(phrase.trim());
  if (!folded) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(folded).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u');
}

export interface RuledTag {
  sentiment: Sentiment;
  intent: Intent[];
  /** The phrase of the first rule that set the sentiment, if any. */
  rule: string;
}

/**
 * The first matching rule with a sentiment sets it; every matching rule adds its intents. Without a
 * match the model's tag stands.
 */
export function applyBrandRules(
  rules: readonly BrandRule[],
  text: string,
  model: { sentiment: Sentiment; intent: readonly Intent[] },
): RuledTag {
  const folded = fold(text);
  let sentiment: Sentiment | undefined;
  let rule = '';
  const intents = new Set(model.intent);
  for (const candidate of rules) {
    const pattern = matcher(candidate.phrase);
    if (!pattern?.test(folded)) continue;
    if (candidate.sentiment && !sentiment) {
      sentiment = candidate.sentiment;
      rule = candidate.phrase;
    }
    for (const intent of candidate.intent ?? []) intents.add(intent);
  }
  const order: Intent[] = ['question', 'complaint', 'praise', 'urgent', 'spam'];
  return { sentiment: sentiment ?? model.sentiment, intent: order.filter((i) => intents.has(i)), rule };
}
