// A small, stable string hash for ids when a site gives none (`<platform>:h<hash>`): FNV-1a 32-bit over
// UTF-16 code units, written in base 36. Not cryptographic; the same text always gives the same value, in
// every browser and in Node, across sessions.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a 32-bit of `text`, as an unsigned integer. */
export function fnv1a32(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** FNV-1a 32-bit of `text` in base 36 (1–7 characters, [0-9a-z]). */
export function hashString(text: string): string {
  return fnv1a32(text).toString(36);
}
