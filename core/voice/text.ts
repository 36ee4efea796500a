// Text helpers shared by the rules: folding that keeps offsets, ranges that are not prose, case copying.

/** A case- and accent-folded copy of a text, with each folded char's offsets in the original. */
export interface Folded {
  text: string;
  /** starts[i] / ends[i]: the original [start, end) of folded char i. */
  starts: number[];
  ends: number[];
}

/** Lower-case, accents stripped (ñ kept apart from n is not needed for matching guide words). */
export function foldChar(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function fold(text: string): Folded {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    for (let i = 0; i < folded.length; i++) {
      starts.push(offset);
      ends.push(offset + ch.length);
    }
    out += folded;
    offset += ch.length;
  }
  return { text: out, starts, ends };
}

export const foldString = (text: string) => fold(text).text;

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
export const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

const TLDS =
  'com|net|org|info|biz|io|co|me|ly|app|dev|shop|store|online|site|tv|gl|gg|es|mx|ar|cl|pe|uy|ve|ec|bo|py|cr|do|gt|hn|ni|pa|sv|pr|cu|us|uk|ca|de|fr|it|pt|br|eu';
const NOT_PROSE = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"]+`,
    String.raw`www\.[^\s<>"]+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`,
    String.raw`(?<![\p{L}\p{N}@.\/_-])(?:[\p{L}\p{N}-]+\.)+(?:${TLDS})(?![\p{L}\p{N}-])(?:\/[^\s<>"]*)?`,
    String.raw`(?<![\p{L}\p{N}_])[@#][\p{L}\p{N}_.]+`,
  ].join('|'),
  'giu',
);
const TRAILING = /[.,;:!?¡¿'"’”)\]}…]+$/u;
/** A template placeholder: {nombre}, {?pedido|Número de pedido}; {{ and }} are escapes. */
export const PLACEHOLDER = /\{\{|\}\}|\{\??[^{}\n]{1,200}\}/gu;

/** URLs, e-mails, @mentions and #hashtags: not the CM's prose (their trailing punctuation is). */
export function nonProseRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(NOT_PROSE)) {
    const trimmed = m[0].replace(TRAILING, '');
    if (trimmed) ranges.push([m.index, m.index + trimmed.length]);
  }
  return ranges;
}

export function placeholderRanges(text: string): [number, number][] {
  return Array.from(text.matchAll(PLACEHOLDER), (m) => [m.index, m.index + m[0].length] as [number, number]);
}

export function overlaps(
  ranges: readonly (readonly [number, number])[],
  start: number,
  end: number,
): boolean {
  return ranges.some(([s, e]) => start < e && end > s);
}

/** The words (letter runs, digits and apostrophes kept out) of a text with their offsets. */
export function words(text: string): { word: string; start: number; end: number }[] {
  return Array.from(text.matchAll(/[\p{L}\p{M}]+/gu), (m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Gives `replacement` the case shape of `original`: ALL CAPS, Capitalised or as written. */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (
    letters.length > 1 &&
    letters === letters.toLocaleUpperCase() &&
    letters !== letters.toLocaleLowerCase()
  )
    return replacement.toLocaleUpperCase();
  if (/^\P{L}*\p{Lu}/u.test(original))
    return replacement.replace(/^\P{L}*\p{L}/u, (m) => m.toLocaleUpperCase());
  return replacement;
}

/** [start, end) widened to take one adjacent space, so removing it leaves no double space. */
export function withOneSpace(text: string, start: number, end: number): [number, number] {
  if (text[end] === ' ') return [start, end + 1];
  if (start > 0 && text[start - 1] === ' ') return [start - 1, end];
  return [start, end];
}

/** Quotes CM text in a message, shortened. */
export function quote(text: string, max = 40): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `«${short}»`;
}
