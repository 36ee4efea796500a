// Emoji against the guide's policy: "none" makes every emoji an error (the fix removes it), "few" allows
// two and warns from the third on, "free" says nothing. An emoji is a whole grapheme (ZWJ families, flags,
// keycaps, skin tones count once); ©, ® and ™ written as text are not emoji.
import { graphemes } from '@/core/graphemes';
import { overlaps, withOneSpace } from '../text';
import type { Finding, Rule } from '../types';

export const FEW = 2;
const PICTO = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
const TEXT_SYMBOLS = new Set(['©', '®', '™']);

/** The emoji of a text with their offsets. */
export function emojiIn(text: string): { emoji: string; start: number; end: number }[] {
  const out: { emoji: string; start: number; end: number }[] = [];
  for (const { segment, index } of graphemes(text))
    if (PICTO.test(segment) && !TEXT_SYMBOLS.has(segment))
      out.push({ emoji: segment, start: index, end: index + segment.length });
  return out;
}

export const rule: Rule = {
  id: 'emoji',
  onTemplates: true,
  check({ text, guide, skip }) {
    if (guide.emojiPolicy === 'free') return [];
    const found = emojiIn(text).filter((e) => !overlaps(skip, e.start, e.end));
    const findings: Finding[] = [];
    found.forEach((e, i) => {
      if (guide.emojiPolicy === 'few' && i < FEW) return;
      const [start, end] = withOneSpace(text, e.start, e.end);
      findings.push({
        rule: 'emoji',
        severity: guide.emojiPolicy === 'none' ? 'error' : 'warning',
        message:
          guide.emojiPolicy === 'none'
            ? { es: `La guía no permite emojis: ${e.emoji}`, en: `The guide allows no emoji: ${e.emoji}` }
            : {
                es: `Demasiados emojis (${found.length}; la guía permite ${FEW}): ${e.emoji}`,
                en: `Too many emoji (${found.length}; the guide allows ${FEW}): ${e.emoji}`,
              },
        start,
        end,
        fix: { kind: 'replace', replacement: '' },
      });
    });
    return findings;
  },
};
