// Every request a content script may make of the background, with its reply type. Content scripts run in
// the page's origin and cannot open the extension's database: this file is their only door to it.
// Handlers live in entrypoints/background (storage/handlers.ts); a handler that throws makes the
// sender's promise reject with the same message (serialised by @webext-core/messaging).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Columns, FieldList } from './columns';
import type {
  Intent,
  Interaction,
  NewInteraction,
  Sentiment,
  TagOverride,
  Template,
  VoiceGuide,
} from '@/storage/entities';
import type { Settings } from '@/storage/settings';
import type { ExtractedItem, Platform } from '@/sites/types';

export interface TodaySummary {
  day: string;
  total: number;
}

/** Characters of an item's text that tagging reads: enough for a tag, bounded work per item (a longer
 * text is cut before it is sent). */
export const MAX_TAGGED_TEXT = 5000;

/** One item the content script asks the background to tag. */
export interface TagRequest {
  id: string;
  platform: Platform;
  author: string;
  text: string;
  /** What the page shows of the author (for the people rules: verified, followers). */
  authorName: string;
  profileUrl: string;
  verified: boolean;
  followers: number | null;
  /** Items by this author on the page so far (the "N comments on one page" rule). */
  authorItemsOnPage: number;
}

/** What an item's badge and attributes show. */
export interface ItemTag {
  /** The comment's language as detected (the picker ranks templates by it). */
  lang: 'es' | 'en' | 'other';
  sentiment: Sentiment;
  intent: Intent[];
  /** The words and emoji that drove the result, for the badge's tooltip. */
  reasons: string;
  /** The author's flag kind, or "" when not flagged. */
  flag: string;
  /** Set by a rule (the CM can confirm or dismiss it), with the rule's reason. */
  flagAutomatic: boolean;
  flagReason: string;
  flagNote: string;
}

/** The CM flags (or changes the flag of) an item's author from the page. */
export interface FlagRequest {
  platform: Platform;
  handle: string;
  displayName: string;
  profileUrl: string;
  flag: string;
  note: string;
  itemId: string;
  itemUrl: string;
  itemText: string;
}
export type FlagAction = 'unflag' | 'confirm' | 'dismiss';

/**
 * The item a request from the page is about, as the content script read it, with its tag ('' / [] when
 * it has none). Logged with the interaction the request records.
 */
export interface ItemContext {
  itemId: string;
  platform: Platform;
  author: string;
  itemUrl: string;
  itemText: string;
  sentiment: Sentiment | '';
  intent: Intent[];
}

/** The request's view of an item on the page and its tag. */
export function itemContext(
  item: ExtractedItem,
  tag: Pick<ItemTag, 'sentiment' | 'intent'> | undefined,
): ItemContext {
  return {
    itemId: item.id,
    platform: item.platform,
    author: item.author.handle,
    itemUrl: item.permalink,
    itemText: item.text,
    sentiment: tag?.sentiment ?? '',
    intent: tag?.intent ?? [],
  };
}

/** The CM's correction of one item's tag (from the badge): always a sentiment. */
export type TagOverrideRequest = Omit<TagOverride, 'updatedAt'>;

/** Whether the page or the session is over the crisis threshold. */
export interface MoodWarning {
  page: boolean;
  session: boolean;
  sessionTotal: number;
  sessionNegative: number;
}

export interface EscalationRequest extends ItemContext {
  contactKind: string;
  contactName: string;
  contactEmail: string;
  message: string;
}

export interface PickerData {
  templates: Template[];
  /** The whole guide: the picker marks templates that break it. */
  voice: VoiceGuide;
  brandName: string;
  signOffs: { agent: string; signOff: string }[];
  maxLength: Partial<Record<Platform, number>>;
}

export interface ReplyRecord extends ItemContext {
  templateId: string;
  templateName: string;
  variantIndex: number;
  replyText: string;
}

/** The fields of a tagging request and of its answer, as their columns travel (messaging/columns.ts). */
export const TAG_REQUEST_FIELDS: FieldList<TagRequest> = {
  id: true,
  platform: true,
  author: true,
  text: true,
  authorName: true,
  profileUrl: true,
  verified: true,
  followers: true,
  authorItemsOnPage: true,
};
export const ITEM_TAG_FIELDS: FieldList<ItemTag> = {
  lang: true,
  sentiment: true,
  intent: true,
  reasons: true,
  flag: true,
  flagAutomatic: true,
  flagReason: true,
  flagNote: true,
};

export interface ProtocolMap {
  /** Sentiment, intent and flags of a batch of items, in the same order (model + CM's data), as columns. */
  tagItems(items: Columns<TagRequest>): Columns<ItemTag>;
  /** Stores the CM's tag for an item, logs it as a `tag`, and tells every tab. */
  overrideTag(data: TagOverrideRequest): Pick<ItemTag, 'sentiment' | 'intent'>;
  /** Flags an author (stored per network and handle, logged as `flag`) and tells every tab. */
  flagAuthor(data: FlagRequest): void;
  /** Unflags, or confirms/dismisses an automatic flag (logged), and tells every tab. */
  changeFlag(
    data: { action: FlagAction } & Omit<FlagRequest, 'flag' | 'note' | 'displayName' | 'profileUrl'>,
  ): void;
  /** The voice guide's escalation contacts and brand, for the escalate menu. */
  escalationContacts(): { brandName: string; contacts: { kind: string; name: string; email: string }[] };
  /** Records a complaint handed to its owner (logged as `escalate`; open until marked done). */
  escalate(data: EscalationRequest): void;
  /** A page's mood so far (tagged items, negative ones): the background warns on the toolbar badge. */
  pageMood(data: { total: number; negative: number }): MoodWarning;
  /** Injects the reply picker's script into the sender's frame (it is loaded on first use). */
  injectPicker(): void;
  /** The voice guide as stored (for the live check of replies). */
  voiceGuide(): VoiceGuide;
  /** Sentiment and language of the CM's own reply (the "negative reply" and address voice rules). */
  replySentiment(text: string): { sentiment: Sentiment; lang: 'es' | 'en' | 'other' };
  /** What the template picker needs: the templates and the voice guide's brand, sign-offs and limits. */
  pickerData(): PickerData;
  /** A reply was inserted: log it, and remember the variant used so the next reply rotates. */
  replyInserted(data: ReplyRecord): Interaction;
  /** Appends one row to the interaction log and returns it with its id. */
  logInteraction(entry: NewInteraction): Interaction;
  /** Today's totals for the CM's local day. */
  todaySummary(): TodaySummary;
  /** Current settings (defaults filled in). */
  getSettings(): Settings;
  /** Saves the CM's own Mastodon instances and registers the content script on the granted ones. */
  setMastodonInstances(hosts: string[]): string[];
  /** Switches Vocero on or off for this site (hostname) and stores it in settings. */
  setSiteEnabled(data: { hostname: string; enabled: boolean }): Settings;

  // Sent by the popup to the content script of its tab (no tabs permission needed):
  /** What Vocero does on this tab's page; rejects where no content script runs. */
  siteStatus(): SiteStatus;
  /** The CM switches Vocero on/off for this tab's site: stored, and the overlay starts or goes away now. */
  switchSite(data: { enabled: boolean }): SiteStatus;

  // Sent by the background to every tab's content script:
  /** These items' tags changed (an override): tag and draw them again. */
  tagsChanged(data: { itemIds: string[] }): void;
  /** These authors' flags changed: tag and draw their items again. */
  peopleChanged(data: { authors: { platform: Platform; handle: string }[] }): void;
  /** The CM pressed the picker's keyboard shortcut (commands API) in this tab. */
  openPicker(): void;
  /** Vocero was switched on or off for a site (popup or settings): that site's tabs follow at once. */
  siteSwitched(data: { hostname: string; enabled: boolean }): void;
}

export interface SiteStatus {
  hostname: string;
  platform: Platform;
  enabled: boolean;
  /** Items annotated on the page now. */
  items: number;
}

/** The requests answered by content scripts (in a tab); every other one is answered by the background. */
export type TabRequest =
  'siteStatus' | 'switchSite' | 'tagsChanged' | 'peopleChanged' | 'openPicker' | 'siteSwitched';

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
