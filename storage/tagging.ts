// Tags for the items a content script sees: the on-device classifier (core/sentiment) runs here in the
// background, off the page's main thread. (The CM's overrides and flags join here as they land.)
import { loadClassifier, type Reason } from '@/core/sentiment';
import type { ItemTag, TagRequest } from '@/messaging/protocol';

const EFFECT_MARK: Record<Reason['effect'], string> = {
  positive: '+',
  negative: '−',
  negation: '¬',
  intensifier: '↑',
  question: '?',
  complaint: '!',
  praise: '♥',
  urgent: '⚠',
  spam: '✕',
};

/** "+ encantó 😍 · ¬ no · ? ¿" — compact and language-neutral, for the badge's tooltip. */
export function describeReasons(reasons: readonly Reason[]): string {
  const byEffect = new Map<string, string[]>();
  for (const { token, effect } of reasons) {
    const list = byEffect.get(effect) ?? [];
    if (!list.includes(token)) list.push(token);
    byEffect.set(effect, list);
  }
  return [...byEffect]
    .map(([effect, tokens]) => `${EFFECT_MARK[effect as Reason['effect']]} ${tokens.join(' ')}`)
    .join(' · ');
}

export async function tagItems(items: readonly TagRequest[]): Promise<ItemTag[]> {
  const classifier = await loadClassifier();
  return classifier.classifyBatch(items.map((item) => item.text)).map((result) => ({
    sentiment: result.sentiment,
    intent: result.intent,
    reasons: describeReasons(result.reasons),
    flag: '',
  }));
}
