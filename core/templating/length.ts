// Reply length per network, counted the way each network counts, so the picker can warn before inserting
// a reply that the site would cut or refuse.
//
// X: its own weighted rule (twitter-text v3 configuration, implemented here rather than depending on the
// official `twitter-text` package: 3.1.0 pulls core-js 2 global polyfills, @babel/runtime and punycode —
// about 10 MB installed, and the polyfills patch built-ins on every page the content script runs in). The
// rule: text is NFC-normalised; every URL counts 23 whatever its length; every emoji (a whole sequence:
// ZWJ families, flags, keycaps, skin tones) counts 2; a code point counts 1 in U+0000–U+10FF, U+2000–U+200D,
// U+2010–U+201F and U+2032–U+2037 (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari…, common
// punctuation) and 2 elsewhere (CJK, Japanese, Korean, other symbols). Limit 280.
// Mastodon: code points, every URL 23, a mention @user@domain counts as @user; 500 (the default instance limit).
// The others count what the page's own length checks count (JavaScript string length, i.e. UTF-16 code units:
// an emoji is 2 or more), which never under-counts.
import { graphemes } from '@/core/graphemes';
import type { Network } from './types';

export type Counting = 'x-weighted' | 'mastodon' | 'utf16';

export const LIMITS: Record<Network, { limit: number; counting: Counting }> = {
  x: { limit: 280, counting: 'x-weighted' },
  instagram: { limit: 2200, counting: 'utf16' },
  youtube: { limit: 10000, counting: 'utf16' },
  linkedin: { limit: 1250, counting: 'utf16' },
  tiktok: { limit: 150, counting: 'utf16' },
  reddit: { limit: 10000, counting: 'utf16' },
  facebook: { limit: 8000, counting: 'utf16' },
  mastodon: { limit: 500, counting: 'mastodon' },
  demo: { limit: 500, counting: 'utf16' },
};

export const URL_LENGTH = 23;

const TLDS =
  'com|net|org|info|biz|io|co|me|ly|app|dev|shop|store|online|site|tv|gl|gg|es|mx|ar|cl|pe|uy|ve|ec|bo|py|cr|do|gt|hn|ni|pa|sv|pr|cu|us|uk|ca|de|fr|it|pt|br|eu';
/** URLs as X and Mastodon link them: with a scheme, or a bare domain on a common TLD; trailing punctuation excluded. */
const URL_RE = new RegExp(
  String.raw`(?:https?:\/\/[^\s<>"]+|(?<![\p{L}\p{N}@.\/_-])(?:[\p{L}\p{N}-]+\.)+(?:${TLDS})(?![\p{L}\p{N}-])(?::\d+)?(?:\/[^\s<>"]*)?)`,
  'giu',
);
const TRAILING = /[.,;:!?¡¿'"’”)\]}…]+$/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

/** Takes the URLs out of the text (they are counted apart); their trailing punctuation stays in. */
function splitUrls(text: string): { rest: string; urls: number } {
  let urls = 0;
  const rest = text.replace(URL_RE, (url) => {
    urls++;
    return url.match(TRAILING)?.[0] ?? '';
  });
  return { rest, urls };
}

function codePointWeight(cp: number): number {
  return cp <= 0x10ff ||
    (cp >= 0x2000 && cp <= 0x200d) ||
    (cp >= 0x2010 && cp <= 0x201f) ||
    (cp >= 0x2032 && cp <= 0x2037)
    ? 1
    : 2;
}

/** X's weighted length (what X's counter shows against 280). */
export function xWeightedLength(text: string): number {
  const { rest, urls } = splitUrls(text.normalize('NFC'));
  let weight = urls * URL_LENGTH;
  const clusters = graphemes(rest).map((g) => g.segment);
  for (const cluster of clusters) {
    if (EMOJI.test(cluster)) {
      weight += 2;
      continue;
    }
    for (const char of cluster) weight += codePointWeight(char.codePointAt(0)!);
  }
  return weight;
}

export function mastodonLength(text: string): number {
  const { rest, urls } = splitUrls(text);
  const mentionsFolded = rest.replace(/(@[\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+\.[\p{L}]+/gu, '$1');
  return urls * URL_LENGTH + Array.from(mentionsFolded).length;
}

/** The length of a reply as `network` counts it. */
export function replyLength(text: string, network: Network): number {
  const counting = LIMITS[network]?.counting ?? 'utf16';
  return counting === 'x-weighted'
    ? xWeightedLength(text)
    : counting === 'mastodon'
      ? mastodonLength(text)
      : text.length;
}

export interface LengthCheck {
  network: Network;
  length: number;
  /** The network's limit, or the brand's own when it is stricter. */
  limit: number;
  /** limit − length (negative when too long). */
  remaining: number;
  over: boolean;
  counting: Counting;
}

/** Checks a reply against the network's limit, or `brandLimit` (voice guide maxLength) when it is stricter. */
export function checkLength(text: string, network: Network, brandLimit?: number): LengthCheck {
  const { limit: own, counting } = LIMITS[network] ?? { limit: Infinity, counting: 'utf16' as const };
  const limit = brandLimit && brandLimit > 0 ? Math.min(own, brandLimit) : own;
  const length = replyLength(text, network);
  return { network, length, limit, remaining: limit - length, over: length > limit, counting };
}
