// Rotation of a template's wordings so consecutive replies are not identical (networks penalise
// copy-paste replies). Least recently used first: a variant is not repeated before every other one has been
// used since; among the equally old ones the seed decides, so the choice is deterministic for a given
// (template, history, seed) — the same comment shows the same variant when the picker reopens.
import { fnv1a32 } from '../hash';

export interface PickedVariant {
  index: number;
  text: string;
}

/** How many recent uses are worth keeping per template (enough to cover every variant of a long list). */
export const HISTORY_LENGTH = 12;

/**
 * Picks a variant. `recent`: indexes of the variants used lately, oldest first (Template.recentVariants).
 * `seed`: anything stable for this reply (the item id). Blank variants are never picked; returns null when
 * every variant is blank.
 */
export function pickVariant(
  variants: readonly string[],
  recent: readonly number[] = [],
  seed: string | number = '',
): PickedVariant | null {
  const usable = variants.flatMap((text, index) => (text.trim() ? [index] : []));
  if (usable.length === 0) return null;
  const lastUse = (index: number) => recent.lastIndexOf(index); // -1 = not used lately
  const oldest = Math.min(...usable.map(lastUse));
  const candidates = usable.filter((index) => lastUse(index) === oldest);
  const index = candidates[fnv1a32(`${seed}|${recent.join(',')}`) % candidates.length]!;
  return { index, text: variants[index]! };
}

/** The history after using `index` (kept to HISTORY_LENGTH entries). */
export function recordUse(recent: readonly number[] = [], index: number): number[] {
  return [...recent, index].slice(-HISTORY_LENGTH);
}
