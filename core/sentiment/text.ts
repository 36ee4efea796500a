/** Tokenising and normalising social-media text: URLs, mentions, emoji, emoticons, elongation, accents, slang. */
import { INTENSIFIERS, NEGATORS, POLARITY, POLARITY_EN_EXT, SLANG, STOP_EN, STOP_ES } from './lexicon';

export type TokenKind = 'word' | 'number' | 'emoji' | 'emoticon' | 'url' | 'mention' | 'hashtag' | 'punct';

export interface Token {
  /** As written (for the tooltip). */
  raw: string;
  /** Folded, squeezed and slang-expanded form the lexicon and the model use. */
  norm: string;
  /** Folded form before slang expansion (used for language hints). */
  folded: string;
  kind: TokenKind;
  elongated: boolean;
  caps: boolean;
}

const TOKEN_RE = new RegExp(
  [
    '(https?:\\/\\/\\S+|www\\.\\S+)', // 1 url
    '(@[\\p{L}\\p{N}_.]+)', // 2 mention
    '(#[\\p{L}\\p{N}_]+)', // 3 hashtag
    "((?:[:;=][-'^o]?[)(\\]\\[dDpP\\/\\\\|*3])(?![\\p{L}\\p{N}])|<3|\\^\\^|:'\\(|\\b[xX][dD]+\\b)", // 4 emoticon
    '(\\p{Extended_Pictographic}(?:\\uFE0F|\\u20E3|[\\u{1F3FB}-\\u{1F3FF}]|\\u200D\\p{Extended_Pictographic}\\uFE0F?)*)', // 5
    "([\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}\\p{M}]+)*)", // 6 word
    '(\\p{N}+(?:[.,:]\\p{N}+)*)', // 7 number
    '([.,;:!?¿¡])', // 8 punct
  ].join('|'),
  'gu',
);

const KNOWN = new Set<string>([
  ...POLARITY.keys(),
  ...POLARITY_EN_EXT.keys(),
  ...NEGATORS,
  ...INTENSIFIERS.keys(),
  ...SLANG.keys(),
  ...STOP_ES,
  ...STOP_EN,
]);

const LAUGH_RE = /^(?:(?:ja|je|ji|jo|ha|he|hi|ah|aj|js|xa)+[jhaeis]?|lol+|lmf?ao+|rofl|xd+|kkk+)$/;
const ELONG_RE = /(\p{L})\1{2,}/u;
const NON_ASCII_RE = /[\u0080-\uffff]/;
const MARKS_RE = /\p{M}/gu;
const EMOJI_MOD_RE = /\uFE0F|[\u{1F3FB}-\u{1F3FF}]/gu;

export function fold(s: string): string {
  const lower = s.toLowerCase();
  return NON_ASCII_RE.test(lower) ? lower.normalize('NFD').replace(MARKS_RE, '') : lower;
}

/** "buenisimoooo" → "buenisimo", "gooood" → "good", "siiii" → "si". */
export function squeeze(word: string): string {
  if (!ELONG_RE.test(word)) return word;
  const two = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const one = word.replace(/(\p{L})\1+/gu, '$1');
  if (KNOWN.has(two)) return two;
  if (KNOWN.has(one)) return one;
  // Unknown word: a run at the end is almost always expressive; keep doubled letters inside.
  return two.replace(/(\p{L})\1$/u, '$1');
}

function normWord(raw: string): { norm: string; folded: string; elongated: boolean } {
  let w = fold(raw).replace(/['’]/g, '');
  const elongated = ELONG_RE.test(w);
  if (elongated) w = squeeze(w);
  const folded = w;
  if (LAUGH_RE.test(w)) return { norm: '<laugh>', folded, elongated };
  const slang = SLANG.get(w);
  return { norm: slang ?? w, folded, elongated };
}

export const MAX_CHARS = 2000;

export function tokenize(text: string): Token[] {
  const src = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(src)) !== null) {
    const raw = m[0];
    if (m[6] !== undefined) {
      const { norm, folded, elongated } = normWord(raw);
      const caps = raw.length >= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
      out.push({ raw, norm, folded, kind: 'word', elongated, caps });
    } else if (m[8] !== undefined) {
      out.push({
        raw,
        norm: raw === '¿' ? '?' : raw === '¡' ? '!' : raw,
        folded: raw,
        kind: 'punct',
        elongated: false,
        caps: false,
      });
    } else if (m[5] !== undefined) {
      const norm = raw.replace(EMOJI_MOD_RE, '');
      out.push({ raw, norm, folded: norm, kind: 'emoji', elongated: false, caps: false });
    } else if (m[4] !== undefined) {
      const norm = raw.toLowerCase().replace(/^(x)d+$/, 'xd');
      out.push({ raw, norm, folded: norm, kind: 'emoticon', elongated: false, caps: false });
    } else if (m[7] !== undefined) {
      out.push({ raw, norm: '<num>', folded: raw, kind: 'number', elongated: false, caps: false });
    } else if (m[3] !== undefined) {
      const { norm, folded, elongated } = normWord(raw.slice(1));
      out.push({ raw, norm, folded, kind: 'hashtag', elongated, caps: false });
    } else if (m[2] !== undefined) {
      out.push({ raw, norm: '<user>', folded: '<user>', kind: 'mention', elongated: false, caps: false });
    } else {
      out.push({ raw, norm: '<url>', folded: '<url>', kind: 'url', elongated: false, caps: false });
    }
    if (out.length >= 400) break;
  }
  return out;
}

/** Folded, squeezed, single-spaced text for phrase rules ("llevo 3 dias esperando"). URLs become "<url>". */
export function foldedText(tokens: readonly Token[]): string {
  let s = ' ';
  for (const t of tokens) {
    s += (t.kind === 'word' || t.kind === 'hashtag' ? t.folded : t.kind === 'number' ? t.raw : t.norm) + ' ';
  }
  return s;
}
