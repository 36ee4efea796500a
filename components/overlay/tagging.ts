// The sentiment/intent tag shown on a badge. Placeholder until the on-device classifier lands
// (core/sentiment): a handful of cue words so the contract's attributes are always set.
import type { Intent, Sentiment } from '@/storage/entities';

export interface ItemTag {
  sentiment: Sentiment;
  intent: Intent[];
  reasons: string;
}

const POSITIVE = /\b(gracias|encant|buen|excelente|love|loved|great|best|thank)|😍|❤️|👏/i;
const NEGATIVE = /\b(pésim|peor|nunca|no me gusta|hacked|refund|worst|terrible|frustrat)|😤/i;

export function tagItem(text: string): ItemTag {
  const sentiment: Sentiment = NEGATIVE.test(text)
    ? 'negative'
    : POSITIVE.test(text)
      ? 'positive'
      : 'neutral';
  const intent: Intent[] = /[?¿]/.test(text) ? ['question'] : [];
  return { sentiment, intent, reasons: '' };
}
