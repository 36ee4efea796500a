// Tags for the items a content script sees, decided here in the background (off the page's main thread):
// the CM's override for the item wins, then the brand rules from settings, then the on-device model; and
// each author's flag (the CM's, or one set by the people rules).
import { loadClassifier, type Reason } from '@/core/sentiment';
import { applyBrandRules } from '@/core/sentiment/brandRules';
import { personKey } from '@/core/people/types';
import { localIsoTimestamp } from '@/core/time';
import type { ItemTag, TagOverrideRequest, TagRequest } from '@/messaging/protocol';
import { db, type VoceroDB } from './db';
import { logInteraction } from './interactions';
import { seeAuthors } from './people';
import { getPeopleRules } from './peopleRules';
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

const NO_FLAG = { flag: '', flagAutomatic: false, flagReason: '', flagNote: '' };

export async function tagItems(items: readonly TagRequest[], database: VoceroDB = db()): Promise<ItemTag[]> {
  const [classifier, overrides, { brandRules }, rules] = await Promise.all([
    loadClassifier(),
    database.overrides.bulkGet(items.map((item) => item.id)),
    getSettings(database),
    getPeopleRules(database),
  ]);
  const withAuthor = items.filter((item) => item.author);
  const commentsOnPage = new Map(
    withAuthor.map((item) => [personKey(item.platform, item.author), item.authorItemsOnPage]),
  );
  const flags = await seeAuthors(
    withAuthor.map((item) => ({
      platform: item.platform,
      handle: item.author,
      displayName: item.authorName,
      profileUrl: item.profileUrl,
      verified: item.verified,
      followers: item.followers,
    })),
    { rules, commentsOnPage },
    database,
  );
  return items.map((item, i) => {
    const found = item.author ? flags.get(personKey(item.platform, item.author)) : undefined;
    const flag = found
      ? { flag: found.flag, flagAutomatic: found.automatic, flagReason: found.reason, flagNote: found.note }
      : NO_FLAG;
    const model = classifier.classify(item.text);
    const override = overrides[i];
    if (override)
      return {
        lang: model.lang,
        sentiment: override.sentiment,
        intent: override.intent,
        reasons: '✎',
        ...flag,
      };
    const ruled = applyBrandRules(brandRules, item.text, model);
    return {
      lang: model.lang,
      sentiment: ruled.sentiment,
      intent: ruled.intent,
      reasons: [ruled.rule ? `★ ${ruled.rule}` : '', describeReasons(model.reasons)]
        .filter(Boolean)
        .join(' · '),
      ...flag,
    };
  });
}

/** Stores the CM's tag for one item and logs it, in one transaction. */
export async function overrideTag(
  request: TagOverrideRequest,
  database: VoceroDB = db(),
): Promise<Pick<ItemTag, 'sentiment' | 'intent'>> {
  await database.transaction(
    'rw',
    [database.overrides, database.interactions, database.people, database.dayTotals],
    async () => {
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
    },
  );
  return { sentiment: request.sentiment, intent: request.intent };
}
