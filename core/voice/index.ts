/**
 * The brand-voice check: pure rules (rules/, one file each) run over a reply against the voice guide.
 *
 *   lintReply('Hola, USTED puede escribirnos!!!', guide, { network: 'x', lang: 'es', agent: 'Ana' })
 *   // → Finding[] sorted by start, each with a Spanish and English message and, where possible, a fix
 *   applyFix(text, finding) // → the text with that one fix applied
 *
 * Sync and side-effect free: the reply's sentiment, when wanted, is classified by the caller
 * (core/sentiment) and passed in the context.
 */
import { RULES } from './registry';
import { nonProseRanges, placeholderRanges } from './text';
import type { Finding, LintContext, Network, ReplyLang, RuleInput, VoiceGuideLike } from './types';

export type {
  EmojiPolicy,
  Finding,
  Fix,
  LintContext,
  ReplyLang,
  RuleId,
  Severity,
  SpanishAddress,
  VoiceGuideLike,
} from './types';
export { RULES } from './registry';

/** Longer texts are checked on their first MAX_TEXT characters (a reply box is never this long). */
export const MAX_TEXT = 50_000;

function run(text: string, guide: VoiceGuideLike, input: Omit<RuleInput, 'text' | 'guide'>): Finding[] {
  const findings: Finding[] = [];
  RULES.forEach((rule) => {
    if (input.template && !rule.onTemplates) return;
    findings.push(...rule.check({ ...input, text, guide }));
  });
  const order = (f: Finding) => RULES.findIndex((r) => r.id === f.rule);
  return findings.sort((a, b) => a.start - b.start || order(a) - order(b) || a.end - b.end);
}

/** Checks a reply (the text as it will be sent) against the guide. */
export function lintReply(text: string, guide: VoiceGuideLike, context: LintContext): Finding[] {
  const checked = text.slice(0, MAX_TEXT);
  if (!checked.trim()) return [];
  return run(checked, guide, { ...context, skip: nonProseRanges(checked), template: false });
}

/** The text with one finding's fix applied (unchanged when it has none or the offsets do not fit). */
export function applyFix(text: string, finding: Finding): string {
  const { fix, start, end } = finding;
  if (!fix) return text;
  if (fix.kind === 'text') return fix.text;
  if (start < 0 || end < start || end > text.length) return text;
  return text.slice(0, start) + fix.replacement + text.slice(end);
}

/** Applies every fix that does not overlap an earlier one (right to left, so offsets stay valid). */
export function applyAllFixes(text: string, findings: readonly Finding[]): string {
  const chosen: Finding[] = [];
  for (const f of [...findings].filter((f) => f.fix).sort((a, b) => a.start - b.start))
    if (!chosen.some((c) => f.start < c.end && f.end > c.start) || f.start === f.end) chosen.push(f);
  return chosen.reduceRight((out, f) => applyFix(out, f), text);
}

export interface TemplateLint {
  /** Findings per variant, in the variants' order; offsets are in the variant's source text. */
  variants: Finding[][];
  /** All findings, and the errors among them. */
  count: number;
  errors: number;
}

/**
 * Checks a template's variants (source text, placeholders and all) against the guide: avoided words,
 * address, shouting and emoji outside placeholders, and the length against each of `networks` (a
 * placeholder counts as written). Sign-off, sentiment and unfilled variables are reply-time checks.
 */
export function lintTemplate(
  variants: readonly string[],
  guide: VoiceGuideLike,
  lang: ReplyLang | 'any',
  options: { networks?: readonly Network[] } = {},
): TemplateLint {
  const results = variants.map((variant) => {
    const text = variant.slice(0, MAX_TEXT);
    if (!text.trim()) return [];
    const skip = [...nonProseRanges(text), ...placeholderRanges(text)];
    const base = { lang: lang === 'en' ? ('en' as const) : ('es' as const), skip, template: true };
    const networks = options.networks ?? [];
    const withoutLength = run(text, { ...guide, maxLength: {} }, { ...base, network: 'demo' }).filter(
      (f) => f.rule !== 'length',
    );
    const lengths = networks.flatMap((network) =>
      run(text, guide, { ...base, network }).filter((f) => f.rule === 'length'),
    );
    return [...withoutLength, ...lengths].sort((a, b) => a.start - b.start);
  });
  const all = results.flat();
  return { variants: results, count: all.length, errors: all.filter((f) => f.severity === 'error').length };
}
