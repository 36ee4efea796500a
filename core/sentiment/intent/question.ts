/** question: a "?" / "¿", an interrogative opening, or a request for information ("precio", "how much"). */
import { findAll, phrases, type IntentRule } from './rule';

const OPENERS = new Set(
  `que como cuando donde cual cuales quien quienes cuanto cuanta cuantos cuantas hay tienen tienes puedo podria
   podrian pueden se sabeis saben alguien what how when where why who which whats hows is are do does did can could
   will would should any anyone anybody has have wheres whens`
    .trim()
    .split(/\s+/),
);
const STATEMENT_AFTER = new Set([
  'bonito',
  'bonita',
  'lindo',
  'linda',
  'bueno',
  'buena',
  'mal',
  'malo',
  'asco',
  'horror',
  'pena',
  'guapo',
  'guapa',
  'bien',
  'rico',
  'rica',
  'hermoso',
  'hermosa',
  'maravilla',
  'lindo',
  'verguenza',
  'bello',
  'bella',
  'gracia',
  'increible',
  'genial',
  'ganas',
  'emocion',
  'suerte',
  'a',
  'about',
  'much',
  'sad',
  'cool',
  'nice',
  'great',
]);

const INFO = phrases([
  'precio',
  'precios',
  'price',
  'prices',
  'how much',
  'cuanto (?:cuesta|cuestan|vale|valen|sale|sales)',
  'info',
  'informacion',
  'mas info',
  'more info',
  'details please',
  'alguien sabe',
  'una (?:consulta|pregunta|duda)',
  'quick question',
  'me (?:pueden|podrian|puedes|podrias) (?:decir|ayudar|informar|confirmar)',
  'quisiera saber',
  'me gustaria saber',
  'queria saber',
  'can you tell me',
  'wondering (?:if|whether|when|how)',
  'hacen envios',
  'do you (?:ship|deliver|have|sell)',
  'is (?:it|this) available',
  'esta disponible',
  'hay stock',
  'any chance',
]);

export const question: IntentRule = {
  intent: 'question',
  match(ctx) {
    const hits: string[] = [];
    const q = ctx.tokens.find((t) => t.kind === 'punct' && t.norm === '?');
    if (q) hits.push(q.raw);
    const first = ctx.tokens.find((t) => t.kind === 'word');
    const next = first ? ctx.tokens[ctx.tokens.indexOf(first) + 1] : undefined;
    if (
      !q &&
      first &&
      (OPENERS.has(first.folded) || OPENERS.has(first.norm)) &&
      !(next && next.kind === 'word' && STATEMENT_AFTER.has(next.folded)) &&
      ctx.tokens.filter((t) => t.kind === 'word').length >= 2 &&
      !ctx.tokens.some((t) => t.norm === '!')
    ) {
      hits.push(first.raw);
    }
    hits.push(...findAll(INFO, ctx.folded));
    return hits.length ? hits : null;
  },
};
