/** spam: link farms, crypto and money schemes, follower selling, "check my profile". Score-based. */
import { findAll, phrases, type IntentRule } from './rule';

const STRONG = phrases([
  'crypto\\w*',
  'cripto\\w*',
  'bitcoin\\w*',
  'btc',
  'eth',
  'usdt',
  'nft\\w*',
  'airdrop',
  'forex',
  'binance',
  'onlyfans',
  'only fans',
  'sub ?4 ?sub',
  '(?:free|cheap|buy|real) (?:followers|likes|subscribers|views)',
  'seguidores (?:gratis|reales|baratos)',
  'compra seguidores',
  'claim your',
  'reclama tu',
  '(?:you|u) (?:have )?won',
  'ganaste (?:un|una)',
  'has sido (?:seleccionad[oa]|elegid[oa])',
  'passive income',
  'ingresos pasivos',
  '(?:make|earn) (?:money|\\$|\\d+)',
  '\\d+ (?:a|per|al|por) (?:day|week|dia|semana)',
  'gana(?:r)? dinero',
  'dinero facil',
  'trabaja desde casa',
  'work from home',
  'investment (?:platform|opportunity)',
  'inversion (?:segura|garantizada)',
]);
const MEDIUM = phrases([
  'dm me',
  'message me',
  'escribeme',
  'check (?:out )?my (?:profile|page|bio|channel|account)',
  'mira mi (?:perfil|canal|pagina)',
  'visit my',
  'link in (?:my )?bio',
  'link en (?:mi )?bio',
  'follow me',
  'follow back',
  'sigueme',
  'siganme',
  'promo code',
  'discount code',
  'codigo de descuento',
  'click (?:here|the link)',
  'haz clic',
  'subscribe to my',
  'suscribete a mi',
  'whatsapp',
  'telegram',
  'giveaway',
  'limited offer',
  'oferta limitada',
  '100 ?% (?:free|gratis|guaranteed|garantizado)',
  'guaranteed',
]);
const SHORTENER = /(?:bit\.ly|tinyurl|t\.me|wa\.me|linktr\.ee|goo\.gl|cutt\.ly|shorturl|is\.gd|rb\.gy)/i;
const PHONE = /\+\d[\d\s-]{8,}\d/;

export const spam: IntentRule = {
  intent: 'spam',
  match(ctx) {
    const hits: string[] = [];
    let score = 0;
    const strong = findAll(STRONG, ctx.folded);
    score += 3 * strong.length;
    hits.push(...strong);
    const medium = findAll(MEDIUM, ctx.folded);
    score += 2 * medium.length;
    hits.push(...medium);
    const urls = ctx.tokens.filter((t) => t.kind === 'url');
    score += Math.min(urls.length, 3);
    const short =
      urls.find((u) => SHORTENER.test(u.raw)) ?? (SHORTENER.test(ctx.text) ? { raw: 'link' } : undefined);
    if (short) {
      score += 2;
      hits.push(short.raw);
    } else if (urls[0]) hits.push(urls[0].raw);
    const phone = PHONE.exec(ctx.text);
    if (phone) {
      score += 1;
      hits.push(phone[0]);
    }
    return score >= 3 ? hits.slice(0, 3) : null;
  },
};
