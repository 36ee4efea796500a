/** FNV-1a 32-bit with a murmur3 finaliser; allocation-free helpers for hashed features. */

export const FNV_OFFSET = 0x811c9dc5;

export function step(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

export function hashString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}

export function seedOf(prefix: string): number {
  return hashString(FNV_OFFSET, prefix);
}

export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
