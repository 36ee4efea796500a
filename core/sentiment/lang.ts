/**
 * Language detection: es / en / other. Clear cases are decided from distinctive function words (free, since the
 * text is tokenised anyway); the rest go to franc-min (wooorm/franc, trigram model), restricted to the Latin-script
 * languages a Spanish/English CM most often meets, so that Portuguese, Italian, French… come out as "other".
 */
import { franc } from 'franc-min';
import { LEX_EN, LEX_ES, STOP_EN, STOP_ES, STOP_OTHER } from './lexicon';
import type { Token } from './text';
import type { Lang } from './types';

const FRANC_ONLY = ['spa', 'eng', 'por', 'ita', 'fra', 'deu', 'cat', 'glg', 'nld'];
const OTHER_CHARS = /[ãõçèàßêôœùìòâîäöåæøëïÿ]/;
const LETTER_RE = /\p{L}/gu;
const LATIN_RE = /\p{Script=Latin}/gu;
/** Anything past Latin Extended (Greek, Cyrillic, CJK, Arabic… and emoji surrogates). */
const BEYOND_LATIN = /[\u0370-\uffff]/;

export function detectLang(text: string, tokens: readonly Token[]): Lang {
  let es = 0;
  let en = 0;
  let other = 0;
  let words = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    words++;
    const w = t.folded;
    const e = STOP_ES.has(w) || LEX_ES.has(w);
    const n = STOP_EN.has(w) || LEX_EN.has(w);
    if (e && !n) es++;
    else if (n && !e) en++;
    if (STOP_OTHER.has(w)) other++;
  }
  if (words === 0) return 'other';
  const sample = text.length > 300 ? text.slice(0, 300) : text;
  if (BEYOND_LATIN.test(sample)) {
    const letters = sample.match(LETTER_RE)?.length ?? 0;
    const latin = sample.match(LATIN_RE)?.length ?? 0;
    if (latin * 2 < letters) return 'other';
  }
  if (OTHER_CHARS.test(sample.toLowerCase())) other++;
  if (other === 0) {
    if (es >= 1 && en === 0) return 'es';
    if (en >= 1 && es === 0) return 'en';
    if (es >= 2 * en + 2) return 'es';
    if (en >= 2 * es + 2) return 'en';
  }
  const guess = franc(sample, { only: FRANC_ONLY, minLength: 3 });
  if (guess === 'spa') return 'es';
  if (guess === 'eng') return 'en';
  if (guess === 'und' && other === 0) return es > en ? 'es' : en > es ? 'en' : 'other';
  return 'other';
}
