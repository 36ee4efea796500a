// The shapes stored in Vocero's IndexedDB database. One interface per table.
import type { Platform } from '@/sites/types';

export type Sentiment = 'positive' | 'neutral' | 'negative';
export type Intent = 'question' | 'complaint' | 'praise' | 'urgent' | 'spam';
export const INTENTS: readonly Intent[] = ['question', 'complaint', 'praise', 'urgent', 'spam'];
/** Actions in the log, in the order of the CSV contract (new ones are appended). */
export const ACTIONS = ['reply', 'tag', 'flag', 'unflag', 'escalate', 'note'] as const;
export type Action = (typeof ACTIONS)[number];

export interface Interaction {
  id?: number;
  /** ISO 8601 with the CM's local offset. */
  timestamp: string;
  /** Local calendar day "YYYY-MM-DD" (indexed: the log is read by day). */
  day: string;
  platform: Platform;
  action: Action;
  /** Author handle of the item acted on (lower-case, no "@"). */
  author: string;
  itemId: string;
  itemUrl: string;
  itemText: string;
  sentiment: Sentiment | '';
  intent: Intent[];
  template: string;
  replyText: string;
  flag: string;
  note: string;
}
export type NewInteraction = Omit<Interaction, 'id' | 'timestamp' | 'day'> & { timestamp?: string };

export interface Template {
  id: string;
  name: string;
  /** The wording variants; one is picked per insertion so replies are not identical. */
  variants: string[];
  category: string;
  tags: string[];
  lang: 'es' | 'en' | 'any';
  networks: Platform[];
  shortcut: string;
  /** The comment intents this template answers (the picker ranks it first for those). */
  intents?: Intent[];
  /** Indexes of the variants used lately, oldest first (rotation; see core/templating/variants.ts). */
  recentVariants?: number[];
  createdAt: string;
  updatedAt: string;
}

export type SpanishAddress = 'tu' | 'usted' | 'vos';
export type EmojiPolicy = 'none' | 'few' | 'free';

export interface VoiceGuide {
  /** There is one guide per brand; the current one is "default". */
  id: string;
  brandName: string;
  persona: string;
  toneWords: string[];
  spanishAddress: SpanishAddress;
  avoid: { word: string; replacement: string }[];
  preferred: string[];
  emojiPolicy: EmojiPolicy;
  signOffs: { agent: string; signOff: string }[];
  maxLength: Partial<Record<Platform, number>>;
  escalationContacts: { kind: string; name: string; email: string }[];
  updatedAt: string;
}

export interface Person {
  id?: number;
  platform: Platform;
  handle: string;
  displayName: string;
  profileUrl: string;
  /** influencer, advocate, detractor, vip, troll, or a custom kind. */
  flag: string;
  note: string;
  /** Set by a rule (verified, followers, comments on one page) rather than by the CM. */
  automatic: boolean;
  firstSeen: string;
  lastSeen: string;
  interactionCount: number;
  /** The rule that set an automatic flag: 'verified', 'followers' or 'comments'. */
  autoReason?: string;
  /** Rules the CM dismissed for this person (core/people/rules.ts RULE_IDS): they never flag them again. */
  dismissedRules?: string[];
  /** The CM confirmed an automatic flag; it is kept from then on as theirs (automatic: false). */
  confirmed?: boolean;
  /** The id of the row this one is linked to: the same person on another network (one entry in the list). */
  mergedInto?: number;
}

export interface Setting {
  key: string;
  value: unknown;
}

/** The CM's correction of an item's tag, shown instead of the model's wherever the item appears. */
export interface TagOverride {
  /** data-vocero-item of the item. */
  itemId: string;
  platform: Platform;
  author: string;
  itemText: string;
  itemUrl: string;
  sentiment: Sentiment;
  intent: Intent[];
  updatedAt: string;
}

/** A complaint handed to its owner (a voice-guide escalation contact), open until marked done. */
export interface Escalation {
  id?: number;
  itemId: string;
  platform: Platform;
  author: string;
  itemUrl: string;
  itemText: string;
  contactKind: string;
  contactName: string;
  contactEmail: string;
  message: string;
  createdAt: string;
  /** "" while open. */
  doneAt: string;
}

/**
 * The day's running totals, kept by every logInteraction in the same transaction, so the popup reads one
 * row instead of the day's rows. Derived data: rebuilt from the log whenever it no longer adds up.
 */
export interface DayTotals {
  day: string;
  total: number;
  byAction: Record<string, number>;
  bySentiment: Record<string, number>;
  byNetwork: Record<string, number>;
  /** The highest log row id the totals include. */
  lastId: number;
}
