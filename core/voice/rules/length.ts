// Length against the network, counted as the network counts it, with the guide's own maximum when stricter.
import { checkLength } from '../../templating/length';
import { NETWORK_NAMES } from '../../templating/variables/network';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'length',
  onTemplates: true,
  check({ text, guide, network }) {
    const check = checkLength(text, network, guide.maxLength[network]);
    if (!check.over) return [];
    const over = -check.remaining;
    const name = NETWORK_NAMES[network] ?? network;
    return [
      {
        rule: 'length',
        severity: 'error',
        message: {
          es: `Demasiado larga para ${name}: ${check.length} de ${check.limit} caracteres (sobran ${over}).`,
          en: `Too long for ${name}: ${check.length} of ${check.limit} characters (${over} over).`,
        },
        start: 0,
        end: text.length,
      },
    ];
  },
};
