// The shapes the voice check works on. Structural copies of what storage holds (core/ imports only core/):
// storage's VoiceGuide satisfies VoiceGuideLike.
import type { Network } from '../templating/types';

export type { Network };
export type ReplyLang = 'es' | 'en';
export type Severity = 'error' | 'warning';
export type SpanishAddress = 'tu' | 'usted' | 'vos';
export type EmojiPolicy = 'none' | 'few' | 'free';

/** The voice guide fields the rules read. */
export interface VoiceGuideLike {
  brandName: string;
  spanishAddress: SpanishAddress;
  avoid: readonly { word: string; replacement: string }[];
  preferred: readonly string[];
  emojiPolicy: EmojiPolicy;
  signOffs: readonly { agent: string; signOff: string }[];
  maxLength: Partial<Record<Network, number>>;
}

/** A one-click fix: replace [start, end) of the text with `replacement`, or replace the whole text. */
export type Fix = { kind: 'replace'; replacement: string } | { kind: 'text'; text: string };

export interface Finding {
  /** The rule's id (its file name in rules/). */
  rule: RuleId;
  severity: Severity;
  /** Shown to the CM in the UI language; may quote the CM's own text (render as text, never as HTML). */
  message: { es: string; en: string };
  /** Offsets (UTF-16) in the text that was checked: [start, end). */
  start: number;
  end: number;
  fix?: Fix;
}

export interface LintContext {
  network: Network;
  /** The CM answering; picks their sign-off from the guide. */
  agent?: string;
  /** The reply's own sentiment, when the caller classified it (core/sentiment); the engine stays sync. */
  sentiment?: 'positive' | 'neutral' | 'negative';
  /** The language the reply is written in. */
  lang: ReplyLang;
}

/** What a rule is given: the context plus where the text is not the CM's prose. */
export interface RuleInput extends LintContext {
  text: string;
  guide: VoiceGuideLike;
  /** Ranges (URLs, mentions, hashtags, e-mails; placeholders when checking a template) words are not read in. */
  skip: readonly (readonly [number, number])[];
  /** True when checking a template's source text (placeholders are expected, no agent, no sentiment). */
  template: boolean;
}

export type RuleId =
  | 'avoidedWords'
  | 'addressMixing'
  | 'emoji'
  | 'length'
  | 'signOff'
  | 'shouting'
  | 'negativeReply'
  | 'unfilledVariable';

export interface Rule {
  id: RuleId;
  /** Whether the rule applies to template source text (lintTemplate). */
  onTemplates: boolean;
  check(input: RuleInput): Finding[];
}
