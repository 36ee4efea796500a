// Our own reply reads as negative (the caller classified it with core/sentiment and passed the result).
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'negativeReply',
  onTemplates: false,
  check({ text, sentiment }) {
    if (sentiment !== 'negative' || !text.trim()) return [];
    return [
      {
        rule: 'negativeReply',
        severity: 'warning',
        message: {
          es: 'La respuesta suena negativa: revisa el tono antes de enviarla.',
          en: 'The reply reads as negative: check its tone before sending it.',
        },
        start: 0,
        end: text.length,
      },
    ];
  },
};
