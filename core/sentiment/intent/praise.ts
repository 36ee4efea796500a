/** praise: thanks, compliments and love for the brand or the post — not when negated or negative overall. */
import { findAll, phrases, type IntentRule } from './rule';

const WORDS = new Set(
  `gracias excelente excelentes genial geniales encanta encantan increible buenisimo buenisima felicidades
   felicitaciones enhorabuena bravo recomiendo recomendado recomendable crack idolo hermoso hermosa hermosos hermosas
   precioso preciosa espectacular maravilloso maravillosa perfecto perfecta fenomenal lindo linda bonito bonita guapa
   guapo bello bella fantastico fantastica estupendo top maravilla chulo chula mola guay
   thanks thank thankful grateful amazing awesome excellent recommend perfect beautiful lovely stunning gorgeous pretty
   congrats congratulations brilliant fantastic wonderful impressive adorable cute love loved loving great fabulous
   superb outstanding classy elegant legend goat cracks recomendable idolos`
    .trim()
    .split(/\s+/),
);
/** Generic positive words: praise only when the whole comment reads positive. */
const SOFT = new Set('gusta gustan bueno buena buenos buenas rico rica good nice cool bonitos'.split(' '));
const EMOJI = new Set([
  '😍',
  '🥰',
  '❤',
  '👏',
  '🔥',
  '💯',
  '🙌',
  '😻',
  '💕',
  '💖',
  '♥',
  '🤩',
  '💗',
  '😘',
  '🫶',
  '💙',
  '🤍',
  '🩵',
  '💝',
  '✨',
]);
const PHRASES = phrases([
  'lo mejor',
  'los mejores',
  'las mejores',
  'el mejor',
  'la mejor',
  'buen trabajo',
  'sigan asi',
  'sigue asi',
  'un lujo',
  'muy buen[oa]?',
  '10 ?/ ?10',
  'well done',
  'keep it up',
  'keep up the',
  '(?:good|great|nice|amazing) (?:job|work)',
  'the best',
  'so good',
  'love (?:it|this|you|the|your|these)',
  'nada mal',
  'not bad',
  'no complaints',
]);

export const praise: IntentRule = {
  intent: 'praise',
  match(ctx) {
    if (ctx.sentiment === 'negative') return null;
    const hits: string[] = [];
    ctx.tokens.forEach((t, i) => {
      if (hits.length >= 3) return;
      const word = t.kind === 'word' || t.kind === 'hashtag';
      const soft = word && SOFT.has(t.norm) && ctx.sentiment === 'positive';
      if (word && (WORDS.has(t.norm) || soft) && ctx.lex.negated[i] !== 1) hits.push(t.raw);
      else if (t.kind === 'emoji' && EMOJI.has(t.norm) && !hits.includes(t.raw)) hits.push(t.raw);
    });
    for (const p of findAll(PHRASES, ctx.folded)) if (!hits.length || hits.length < 3) hits.push(p);
    return hits.length ? hits.slice(0, 3) : null;
  },
};
