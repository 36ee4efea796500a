// A text's user-perceived characters (ZWJ families, flags, keycaps and skin tones are one each). The
// segmenter is built on first use: building it loads ICU data, ~3 ms that every page load would pay.
let segmenter: Intl.Segmenter | null | undefined;

/** The graphemes of `text` with their offsets (code points where Intl.Segmenter is missing). */
export function graphemes(text: string): { segment: string; index: number }[] {
  segmenter ??=
    typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return segmenter
    ? Array.from(segmenter.segment(text), (s) => ({ segment: s.segment, index: s.index }))
    : Array.from(text.matchAll(/[\s\S]/gu), (m) => ({ segment: m[0], index: m.index }));
}
