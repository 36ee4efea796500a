// The agent's sign-off from the guide (their own, or the only one when there is one), missing from the
// reply; case, accents and spacing do not matter. The fix appends it on its own line.
import { signOffFor } from '../../templating/variables/signOff';
import { foldString, quote } from '../text';
import type { Rule } from '../types';

const squash = (s: string) => foldString(s).replace(/\s+/gu, ' ').trim();

export const rule: Rule = {
  id: 'signOff',
  onTemplates: false,
  check({ text, guide, agent }) {
    const signOff = signOffFor({ signOffs: guide.signOffs, agent });
    if (!signOff || !text.trim() || squash(text).includes(squash(signOff))) return [];
    const end = text.trimEnd().length;
    return [
      {
        rule: 'signOff',
        severity: 'warning',
        message: {
          es: `Falta la firma ${quote(signOff)}.`,
          en: `The sign-off ${quote(signOff)} is missing.`,
        },
        start: end,
        end: text.length,
        fix: { kind: 'replace', replacement: `\n${signOff}` },
      },
    ];
  },
};
