/** One intent rule = one file in this folder, exporting an IntentRule. */
import type { LexAnalysis } from '../features';
import type { Token } from '../text';
import type { Intent, Lang, Sentiment } from '../types';

export interface IntentContext {
  /** Original text. */
  text: string;
  /** Folded text with single spaces and a space at both ends: " llevo 3 dias esperando ! ". URLs are "<url>". */
  folded: string;
  tokens: readonly Token[];
  lang: Lang;
  sentiment: Sentiment;
  score: number;
  lex: LexAnalysis;
}

export interface IntentRule {
  intent: Intent;
  /** The words or emoji that triggered the intent (for the tooltip), or null when it does not apply. */
  match(ctx: IntentContext): string[] | null;
}

/** Build a phrase matcher over the folded text; patterns are regex sources matched between spaces. */
export function phrases(list: readonly string[]): RegExp {
  return new RegExp(` (?:${list.join('|')})(?= )`, 'g');
}

export function findAll(re: RegExp, s: string, max = 3): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null && out.length < max) out.push(m[0].trim());
  return out;
}
