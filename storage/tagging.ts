// Tags for the items a content script sees, decided here in the background (off the page's main thread):
// the CM's override for the item wins, then the brand rules from settings, then the on-device model.
import { loadClassifier, type Reason } from '@/core/sentiment';
import { applyBrandRules } from '@/core/sentiment/brandRules';
import { localIsoTimestamp } from '@/core/time';
import type { ItemTag, TagOverrideRequest, TagRequest } from '@/messaging/protocol';
import { db, type VoceroDB } from './db';
import { logInteraction } from './interactions';
import { getSettings } from './settings';

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

export async function tagItems(items: readonly TagRequest[], database: VoceroDB = db()): Promise<ItemTag[]> {
  const [classifier, overrides, { brandRules }] = await Promise.all([
    loadClassifier(),
    database.overrides.bulkGet(items.map((item) => item.id)),
    getSettings(database),
  ]);
  return items.map((item, i) => {
    const override = overrides[i];
    const model = classifier.classify(item.text);
    if (override)
      return { lang: model.lang, sentiment: override.sentiment, intent: override.intent, reasons: '✎', flag: '' };
    const ruled = applyBrandRules(brandRules, item.text, model);
    return {
      lang: model.lang,
      sentiment: ruled.sentiment,
      intent: ruled.intent,
      reasons: [ruled.rule ? `★ ${ruled.rule}` : '', describeReasons(model.reasons)]
        .filter(Boolean)
        .join(' · '),
      flag: '',
    };
  });
}

/** Stores the CM's tag for one item and logs it, in one transaction. */
export async function overrideTag(request: TagOverrideRequest, database: VoceroDB = db()): Promise<ItemTag> {
  await database.transaction('rw', database.overrides, database.interactions, async () => {
    await database.overrides.put({ ...request, updatedAt: localIsoTimestamp() });
    await logInteraction(
      {
        platform: request.platform,
        action: 'tag',
        author: request.author,
        itemId: request.itemId,
        itemUrl: request.itemUrl,
        itemText: request.itemText,
        sentiment: request.sentiment,
        intent: request.intent,
        template: '',
        replyText: '',
        flag: '',
        note: '',
      },
      database,
    );
  });
  return { lang: 'other', sentiment: request.sentiment, intent: request.intent, reasons: '✎', flag: '' };
}
