// The hand-off of a complaint to its owner: a message with the permalink, the quote, the author and the
// context, in the CM's language, and the same as a mailto: link. Pure text: nothing is sent from here.
import { networkName } from '@/core/templating/variables/network';

export interface EscalationInput {
  lang: 'es' | 'en';
  brandName: string;
  contactName: string;
  contactKind: string;
  platform: string;
  authorName: string;
  handle: string;
  itemUrl: string;
  itemText: string;
  /** The item's tag as the CM reads it, in `lang` (labels, not ids). */
  sentiment: string;
  intent: readonly string[];
  /** The CM's own words, optional. */
  context: string;
}

const WORDS = {
  es: {
    subject: (kind: string, who: string, net: string) => `[${kind}] Queja de ${who} en ${net}`,
    hello: (name: string) => (name ? `Hola, ${name}:` : 'Hola:'),
    intro: (net: string) => `Te paso este comentario de ${net} para que lo gestiones:`,
    author: 'Autor',
    link: 'Enlace',
    tag: 'Etiqueta',
    context: 'Contexto',
    thanks: 'Gracias.',
  },
  en: {
    subject: (kind: string, who: string, net: string) => `[${kind}] Complaint from ${who} on ${net}`,
    hello: (name: string) => (name ? `Hi ${name},` : 'Hi,'),
    intro: (net: string) => `Passing you this ${net} comment to handle:`,
    author: 'Author',
    link: 'Link',
    tag: 'Tag',
    context: 'Context',
    thanks: 'Thanks.',
  },
} as const;

const MAX_QUOTE = 1500;

export function escalationMessage(input: EscalationInput): { subject: string; body: string } {
  const w = WORDS[input.lang];
  const network = networkName(input.platform);
  const who = input.handle ? `@${input.handle}` : input.authorName || '?';
  const quote = input.itemText.length > MAX_QUOTE ? `${input.itemText.slice(0, MAX_QUOTE)}…` : input.itemText;
  const lines = [
    w.hello(input.contactName),
    '',
    w.intro(network),
    '',
    ...quote.split('\n').map((line) => `> ${line}`),
    '',
    `${w.author}: ${[input.authorName, input.handle ? `(@${input.handle})` : ''].filter(Boolean).join(' ')}`,
    `${w.link}: ${input.itemUrl || '—'}`,
    `${w.tag}: ${[input.sentiment, ...input.intent].filter(Boolean).join(', ') || '—'}`,
    ...(input.context.trim() ? [`${w.context}: ${input.context.trim()}`] : []),
    '',
    w.thanks,
    ...(input.brandName ? [`— ${input.brandName}`] : []),
  ];
  return { subject: w.subject(input.contactKind, who, network), body: lines.join('\n') };
}

/** mailto: with the subject and body encoded (RFC 6068: percent-encoded, CRLF line breaks). */
export function mailtoLink(email: string, message: { subject: string; body: string }): string {
  const enc = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${enc(message.subject)}&body=${enc(message.body)}`;
}
