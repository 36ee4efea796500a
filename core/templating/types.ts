// The shapes templating works on. Structural copies of what storage and sites hold (core/ imports only
// core/): storage's Template and sites' Platform satisfy these, which tests/unit/templating/types.test.ts checks.

export type TemplateLang = 'es' | 'en';

/** The networks Vocero runs on (same list as sites/types.ts PLATFORMS). */
export type Network =
  'x' | 'youtube' | 'facebook' | 'instagram' | 'linkedin' | 'reddit' | 'tiktok' | 'mastodon' | 'demo';

export type IntentName = 'question' | 'complaint' | 'praise' | 'urgent' | 'spam';

/** What templating reads of a stored template. */
export interface TemplateLike {
  id: string;
  name: string;
  variants: readonly string[];
  category: string;
  tags: readonly string[];
  lang: TemplateLang | 'any';
  networks: readonly Network[];
  shortcut: string;
  /** The comment intents this template answers (ranks it first for such comments). */
  intents?: readonly IntentName[];
  /** Indexes of the variants used lately, oldest first (rotation). */
  recentVariants?: readonly number[];
}

/** The comment being answered, as a site adapter extracted it. */
export interface ItemContext {
  platform: Network;
  authorName: string;
  /** Lower-case, no leading "@"; "" when the page shows none. */
  handle: string;
  permalink: string;
  text?: string;
}

/** Everything a variable may read. Built by the caller (picker, options preview); pure data. */
export interface RenderContext {
  /** The language the reply is written in (the template's, or the comment's for "any" templates). */
  lang: TemplateLang;
  item: ItemContext;
  /** From the voice guide. */
  brandName: string;
  /** The voice guide's sign-offs; the agent's own is used, or the only one when there is one. */
  signOffs: readonly { agent: string; signOff: string }[];
  /** The CM answering (matched against signOffs[].agent, case-insensitive). */
  agent?: string;
  /** "Now" for greetings and dates (local time). */
  now: Date;
  /** Answers to fill-in prompts, by key. */
  answers?: Readonly<Record<string, string>>;
}
