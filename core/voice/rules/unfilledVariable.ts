// A template variable left in the reply: a leftover {placeholder} (what render() keeps for an unknown one)
// or a "[label]" prompt marker the preview shows for an unanswered fill-in. Markdown links "[text](url)"
// and placeholders inside URLs are not markers.
import { overlaps, quote } from '../text';
import type { Finding, Rule } from '../types';

const LEFTOVER = /\{\??[^{}\n]{1,200}\}|\[[^[\]\n]{1,80}\](?!\()/gu;

export const rule: Rule = {
  id: 'unfilledVariable',
  onTemplates: false,
  check({ text, skip }) {
    const findings: Finding[] = [];
    for (const m of text.matchAll(LEFTOVER)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!m[0].slice(1, -1).trim() || overlaps(skip, start, end)) continue;
      findings.push({
        rule: 'unfilledVariable',
        severity: 'error',
        message: {
          es: `Falta rellenar ${quote(m[0])}.`,
          en: `${quote(m[0])} is not filled in.`,
        },
        start,
        end,
      });
    }
    return findings;
  },
};
