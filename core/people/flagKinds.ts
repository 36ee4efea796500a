// The kinds of flag a CM gives an author. Five are built in (with their Spanish and English labels);
// the CM may add custom kinds, normalised here: trimmed, lower-case, inner spaces collapsed, at most 30
// characters of letters, digits, spaces, "-" and "_". Pure: no DOM, no browser API.

export const BUILT_IN_FLAG_KINDS = ['influencer', 'advocate', 'detractor', 'vip', 'troll'] as const;
export type BuiltInFlagKind = (typeof BUILT_IN_FLAG_KINDS)[number];

export const FLAG_KIND_LABELS: Record<BuiltInFlagKind, { es: string; en: string }> = {
  influencer: { es: 'Influencer', en: 'Influencer' },
  advocate: { es: 'Defensor de la marca', en: 'Advocate' },
  detractor: { es: 'Detractor', en: 'Detractor' },
  vip: { es: 'VIP', en: 'VIP' },
  troll: { es: 'Trol', en: 'Troll' },
};

export const DEFAULT_FLAG_KIND: BuiltInFlagKind = 'influencer';
export const MAX_FLAG_KIND_LENGTH = 30;

const ALLOWED = /^[\p{L}\p{N}_ -]+$/u;

export const isBuiltInFlagKind = (kind: string): kind is BuiltInFlagKind =>
  (BUILT_IN_FLAG_KINDS as readonly string[]).includes(kind);

/** "  Prensa   Local " → "prensa local"; null when empty, too long or with other characters. */
export function normalizeFlagKind(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  const kind = input.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (!kind || kind.length > MAX_FLAG_KIND_LENGTH || !ALLOWED.test(kind)) return null;
  return kind;
}

/** The label to show for a kind: the built-in label in that language, or the custom kind as written. */
export function flagKindLabel(kind: string, lang: 'es' | 'en'): string {
  return isBuiltInFlagKind(kind) ? FLAG_KIND_LABELS[kind][lang] : kind;
}
