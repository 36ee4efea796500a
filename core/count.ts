// Follower / subscriber counts as the sites print them, in Spanish and English (and the digit forms of
// the other UI languages we met: Arabic-Indic digits on facebook-1):
//   "1,330" "1.234" "41,656 followers" "1.033.746" "617K" "1.2M" "239.8M Followers" "112K subscribers"
//   "Subscribed 617K" "12,3 mil" "2,5 M" "3 mil seguidores" "1 millón" "1,5 mil millones" "10 M de seguidores"
// Pure: no DOM. The first number in the text wins; returns null when there is none.

const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Multiplier words, longest first so "mil millones" wins over "mil" and "millones" over "m". */
const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['mil millones', 1e9],
  ['billones', 1e12], // es "billón" = 10^12
  ['billón', 1e12],
  ['billon', 1e12],
  ['billion', 1e9],
  ['millones', 1e6],
  ['millón', 1e6],
  ['millon', 1e6],
  ['million', 1e6],
  ['mill.', 1e6],
  ['mill', 1e6],
  ['mln', 1e6],
  ['mil', 1e3],
  ['thousand', 1e3],
  ['bn', 1e9],
  ['mm', 1e6], // es "MM" (millones) in some dashboards
  ['mn', 1e6],
  ['k', 1e3],
  ['m', 1e6],
  ['b', 1e9],
];

// A number: digits with optional group/decimal separators (".", ",", Arabic "٫" "٬", and the spaces some
// locales group with), then optional spaces and a multiplier word that is not the start of a longer word.
const NUMBER = /(\d+(?:[.,\u066b\u066c](?:\d+)|[ \u00a0\u202f]\d{3}(?!\d))*)/;

function multiplierAt(rest: string): number {
  const lower = rest.toLowerCase();
  for (const [word, factor] of MULTIPLIERS) {
    if (!lower.startsWith(word)) continue;
    const next = lower.charAt(word.length);
    // "m" in "min", "k" in "kg", "mil" in "miles": not multipliers.
    if (next && /\p{L}/u.test(next) && !word.endsWith('.')) continue;
    return factor;
  }
  return 1;
}

function parseDigits(raw: string, hasMultiplier: boolean): number | null {
  const s = raw
    .replace(/[ \u00a0\u202f]/g, '')
    .replace(/\u066c/g, ',')
    .replace(/\u066b/g, '.');
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let normal: string;
  if (dots && commas) {
    // Both: the last one is the decimal separator ("1,234.5" / "1.234,5").
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = s.split(group).join('').replace(decimal, '.');
  } else if (dots + commas === 0) {
    normal = s;
  } else {
    const sep = dots ? '.' : ',';
    const parts = s.split(sep);
    const last = parts[parts.length - 1] ?? '';
    // Several separators, or exactly three digits after one with no multiplier: grouping
    // ("1,330", "1.234", "1.033.746"). Otherwise a decimal ("1.2M", "12,3 mil", "2,5").
    const grouping = parts.length > 2 || (last.length === 3 && !hasMultiplier);
    normal = grouping ? parts.join('') : parts.join('.');
  }
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** Parses a follower/subscriber count ("239.8M Followers" → 239800000); null when the text has no number. */
export function parseCount(text: string | null | undefined): number | null {
  if (!text) return null;
  const s = String(text)
    .replace(ARABIC_DIGITS, (d) =>
      String((d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)) % 10),
    )
    .replace(/[\u200e\u200f\u061c]/g, '');
  const match = NUMBER.exec(s);
  if (!match || match[1] === undefined) return null;
  const rest = s.slice(match.index + match[1].length).replace(/^[ \u00a0\u202f]+/, '');
  const factor = multiplierAt(rest);
  const value = parseDigits(match[1], factor !== 1);
  if (value === null) return null;
  return Math.round(value * factor);
}
