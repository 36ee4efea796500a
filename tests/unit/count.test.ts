import { describe, expect, test } from 'vitest';
import { parseCount } from '@/core/count';
import { fnv1a32, hashString } from '@/core/hash';

describe('parseCount', () => {
  test.each([
    // English
    ['1,330', 1330],
    ['1,330 Following', 1330],
    ['239.8M Followers', 239_800_000],
    ['1.2M', 1_200_000],
    ['617K', 617_000],
    ['112K subscribers', 112_000],
    ['Subscribed 617K', 617_000],
    ['41,656 followers', 41_656],
    ['1,033,746 followers', 1_033_746],
    ['102.5K posts', 102_500],
    ['1.5B', 1_500_000_000],
    ['3.4 million', 3_400_000],
    ['12k', 12_000],
    ['873153', 873_153],
    ['0', 0],
    // Spanish
    ['1.234', 1234],
    ['1.033.746 seguidores', 1_033_746],
    ['12,3 mil', 12_300],
    ['2,5 M', 2_500_000],
    ['3 mil seguidores', 3000],
    ['1 millón', 1_000_000],
    ['4,7 millones de suscriptores', 4_700_000],
    ['1,5 mil millones', 1_500_000_000],
    ['10 M de seguidores', 10_000_000],
    ['2,5 mill.', 2_500_000],
    ['1.234,5', 1235],
    // other digit forms and spacing
    ['١٢٨', 128],
    ['12\u00a0345 abonnés', 12_345],
    ['1\u202f234\u202f567', 1_234_567],
    // not multipliers: a word that merely starts with the letter
    ['5 miles', 5],
    ['3 min', 3],
  ])('%j → %d', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  test.each([[''], ['followers'], ['Seguidores'], [null], [undefined], ['—']])('%j → null', (text) => {
    expect(parseCount(text)).toBeNull();
  });
});

describe('hashString', () => {
  test('is FNV-1a 32-bit in base 36 and stable', () => {
    // Reference values of FNV-1a 32 ("" is the offset basis; "a" is the well-known 0xe40c292c).
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    expect(hashString('a')).toBe((0xe40c292c).toString(36));
    expect(hashString('señor ñandú 🎉')).toBe(hashString('señor ñandú 🎉'));
    expect(hashString('a')).not.toBe(hashString('b'));
    expect(hashString('x')).toMatch(/^[0-9a-z]{1,7}$/);
  });
});
