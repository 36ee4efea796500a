// The background's answers to messaging/protocol.ts. Each handler validates what a content script sent
// (page scripts can be hostile) before anything is written.
import * as v from 'valibot';
import { localDay } from '@/core/time';
import { PLATFORMS } from '@/sites/types';
import { fromColumns, toColumns } from '@/messaging/columns';
import {
  ITEM_TAG_FIELDS,
  MAX_TAGGED_TEXT,
  TAG_REQUEST_FIELDS,
  type ProtocolMap,
  type TabRequest,
  type TagRequest,
} from '@/messaging/protocol';
import { ACTIONS, INTENTS, type NewInteraction } from './entities';
import { countOfDay, logInteraction } from './interactions';
import { getSettings, setSiteEnabled } from './settings';
import { saveCustomInstances } from './mastodonInstances';
import { overrideTag, tagItems } from './tagging';
import { confirmAutomatic, dismissAutomatic, flagAuthor, unflagAuthor } from './people';
import { normalizeFlagKind } from '@/core/people/flagKinds';
import { pickerData, replyInserted } from './replies';
import { escalate } from './escalations';
import { getVoiceGuide } from './voice';
import { loadClassifier } from '@/core/sentiment';
import { db } from './db';
import { broadcastToTabs } from '@/messaging/broadcast';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** The item a request is about, as the content script read it from the page. */
const item = { itemId: text(500), itemUrl: text(2000), itemText: text(20_000) };
/** An item with its author, as logged. */
const itemByAuthor = { ...item, platform: v.picklist(PLATFORMS), author: text(200) };
/** The item's tag ('' when it had none). */
const itemTag = {
  sentiment: v.picklist(['positive', 'neutral', 'negative', '']),
  intent: v.array(v.picklist(INTENTS)),
};
const handle = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const newInteractionSchema = v.strictObject({
  // ISO 8601 with an offset, as written by core/time.ts.
  timestamp: v.optional(
    v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)$/)),
  ),
  ...itemByAuthor,
  ...itemTag,
  action: v.picklist(ACTIONS),
  template: text(200),
  replyText: text(20_000),
  flag: text(100),
  note: text(5000),
});

const siteToggleSchema = v.strictObject({
  hostname: v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,253}$/i)),
  enabled: v.boolean(),
});

/** "platform: Invalid type…; intent.0: …" — which field is wrong, in one line. */
function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`).join('; ');
}

/** The requests the background answers (the TabRequest ones go to content scripts). */
// pageMood and injectPicker need the sender's tab, so background.ts answers them itself.
type BackgroundRequests = Exclude<keyof ProtocolMap, TabRequest | 'pageMood' | 'injectPicker'>;
type Handlers = {
  [K in BackgroundRequests]: (data: Parameters<ProtocolMap[K]>[0]) => Promise<ReturnType<ProtocolMap[K]>>;
};

const tagRequestsSchema = v.pipe(
  v.array(
    v.object({
      id: text(500),
      platform: v.picklist(PLATFORMS),
      author: text(200),
      text: v.string(),
      authorName: text(500),
      profileUrl: text(2000),
      verified: v.boolean(),
      followers: v.nullable(v.pipe(v.number(), v.minValue(0))),
      authorItemsOnPage: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
  v.maxLength(2000),
);

const overrideSchema = v.strictObject({
  ...itemByAuthor,
  sentiment: v.picklist(['positive', 'neutral', 'negative']), // an override always names one
  intent: v.array(v.picklist(INTENTS)),
});

const replySchema = v.strictObject({
  ...itemByAuthor,
  ...itemTag,
  templateId: text(200),
  templateName: text(200),
  variantIndex: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)),
  replyText: text(20_000),
});

const flagSchema = v.strictObject({
  ...item,
  platform: v.picklist(PLATFORMS),
  handle,
  displayName: text(500),
  profileUrl: text(2000),
  flag: v.pipe(v.string(), v.minLength(1), v.maxLength(30)),
  note: text(5000),
});
const changeFlagSchema = v.strictObject({
  ...item,
  action: v.picklist(['unflag', 'confirm', 'dismiss']),
  platform: v.picklist(PLATFORMS),
  handle,
});

const escalationSchema = v.strictObject({
  ...itemByAuthor,
  ...itemTag,
  contactKind: text(100),
  contactName: text(200),
  contactEmail: text(320),
  message: text(30_000),
});

/**
 * Runs a handler and turns the storage errors a CM can act on into a clear message (the sender's promise
 * rejects with it). A failed write changes nothing: every multi-row write is one Dexie transaction.
 */
export async function answer<T>(handle: () => Promise<T>): Promise<T> {
  try {
    return await handle();
  } catch (error) {
    const name = (error as { name?: string } | null)?.name ?? '';
    const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
    if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
      throw new Error(
        'Vocero could not save: the browser has no storage space left for extensions. Nothing was written. ' +
          'Free disk space, or export and delete old log rows (Options → Log), then try again.',
        { cause: error },
      );
    throw error;
  }
}

export const handlers: Handlers = {
  async voiceGuide() {
    return getVoiceGuide();
  },
  async replySentiment(text) {
    const parsed = v.safeParse(v.string(), text);
    if (!parsed.success) throw new Error('Invalid reply text');
    const { sentiment, lang } = (await loadClassifier()).classify(parsed.output.slice(0, MAX_TAGGED_TEXT));
    return { sentiment, lang };
  },
  async escalationContacts() {
    const voice = await db().voice.get('default');
    return { brandName: voice?.brandName ?? '', contacts: voice?.escalationContacts ?? [] };
  },
  async escalate(data) {
    const parsed = v.safeParse(escalationSchema, data);
    if (!parsed.success) throw new Error(`Invalid escalation: ${describeIssues(parsed.issues)}`);
    await escalate(parsed.output);
  },
  async flagAuthor(data) {
    const parsed = v.safeParse(flagSchema, data);
    if (!parsed.success) throw new Error(`Invalid flag: ${describeIssues(parsed.issues)}`);
    const kind = normalizeFlagKind(parsed.output.flag);
    if (!kind) throw new Error(`Invalid flag: "${parsed.output.flag}" is not a flag kind`);
    await flagAuthor({ ...parsed.output, flag: kind });
    void broadcastToTabs('peopleChanged', {
      authors: [{ platform: parsed.output.platform, handle: parsed.output.handle }],
    });
  },
  async changeFlag(data) {
    const parsed = v.safeParse(changeFlagSchema, data);
    if (!parsed.success) throw new Error(`Invalid flag change: ${describeIssues(parsed.issues)}`);
    const { action, platform, handle, ...ctx } = parsed.output;
    if (action === 'unflag') await unflagAuthor(platform, handle, ctx);
    else if (action === 'confirm') await confirmAutomatic({ platform, handle }, ctx);
    else await dismissAutomatic({ platform, handle }, ctx);
    void broadcastToTabs('peopleChanged', { authors: [{ platform, handle }] });
  },
  async pickerData() {
    return pickerData();
  },
  async replyInserted(data) {
    const parsed = v.safeParse(replySchema, data);
    if (!parsed.success) throw new Error(`Invalid reply: ${describeIssues(parsed.issues)}`);
    return replyInserted(parsed.output);
  },
  async overrideTag(data) {
    const parsed = v.safeParse(overrideSchema, data);
    if (!parsed.success) throw new Error(`Invalid tag: ${describeIssues(parsed.issues)}`);
    const tag = await overrideTag(parsed.output);
    void broadcastToTabs('tagsChanged', { itemIds: [parsed.output.itemId] });
    return tag;
  },
  async tagItems(columns) {
    let items: TagRequest[];
    try {
      items = fromColumns(columns, TAG_REQUEST_FIELDS);
    } catch (error) {
      throw new Error(`Invalid items: ${(error as Error).message}`, { cause: error });
    }
    const parsed = v.safeParse(tagRequestsSchema, items);
    if (!parsed.success) throw new Error(`Invalid items: ${describeIssues(parsed.issues)}`);
    const tags = await tagItems(
      parsed.output.map((item) => ({ ...item, text: item.text.slice(0, MAX_TAGGED_TEXT) })),
    );
    return toColumns(tags, ITEM_TAG_FIELDS);
  },
  async logInteraction(entry: NewInteraction) {
    const parsed = v.safeParse(newInteractionSchema, entry);
    if (!parsed.success) throw new Error(`Invalid interaction: ${describeIssues(parsed.issues)}`);
    return logInteraction(parsed.output);
  },
  async todaySummary() {
    const day = localDay();
    return { day, total: await countOfDay(day) };
  },
  async getSettings() {
    return getSettings();
  },
  async setMastodonInstances(hosts) {
    const parsed = v.safeParse(
      v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(500)),
      hosts,
    );
    if (!parsed.success) throw new Error(`Invalid instance list: ${describeIssues(parsed.issues)}`);
    return saveCustomInstances(parsed.output);
  },
  async setSiteEnabled(data) {
    const parsed = v.safeParse(siteToggleSchema, data);
    if (!parsed.success) throw new Error(`Invalid site switch: ${describeIssues(parsed.issues)}`);
    const settings = await setSiteEnabled(parsed.output.hostname, parsed.output.enabled);
    void broadcastToTabs('siteSwitched', parsed.output);
    return settings;
  },
};
