// Words and phrases the guide says to avoid: case- and accent-insensitive, whole words only, never inside a
// URL, mention or placeholder. The fix puts the guide's replacement in, in the same case shape (or removes
// the word when the guide gives none).
import { fold, foldString, isWordChar, matchCase, overlaps, quote, withOneSpace } from '../text';
import type { Finding, Rule } from '../types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const rule: Rule = {
  id: 'avoidedWords',
  onTemplates: true,
  check({ text, guide, skip }) {
    const folded = fold(text);
    const findings: Finding[] = [];
    for (const { word, replacement } of guide.avoid) {
      const wanted = foldString(word.trim());
      if (!wanted) continue;
      const pattern = new RegExp(wanted.split(/\s+/u).map(escape).join('\\s+'), 'gu');
      for (const m of folded.text.matchAll(pattern)) {
        const fs = m.index;
        const fe = fs + m[0].length;
        if (isWordChar(folded.text[fs - 1]) || isWordChar(folded.text[fe])) continue;
        const start = folded.starts[fs]!;
        const end = folded.ends[fe - 1]!;
        if (overlaps(skip, start, end)) continue;
        if (findings.some((f) => start < f.end && end > f.start)) continue;
        const found = text.slice(start, end);
        const better = replacement.trim();
        const [s, e] = better ? [start, end] : withOneSpace(text, start, end);
        findings.push({
          rule: 'avoidedWords',
          severity: 'error',
          message: better
            ? {
                es: `${quote(found)} está en las palabras a evitar: usa ${quote(better)}.`,
                en: `${quote(found)} is on the words to avoid: use ${quote(better)}.`,
              }
            : {
                es: `${quote(found)} está en las palabras a evitar.`,
                en: `${quote(found)} is on the words to avoid.`,
              },
          start: s,
          end: e,
          fix: { kind: 'replace', replacement: better ? matchCase(found, better) : '' },
        });
      }
    }
    return findings;
  },
};
