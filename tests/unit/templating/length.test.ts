import { describe, expect, it, test } from 'vitest';
import { checkLength, LIMITS, replyLength, xWeightedLength } from '@/core/templating/length';
import type { Network } from '@/core/templating/types';

describe('X weighted length', () => {
  test.each([
    ['', 0],
    ['hola', 4],
    ['¿Qué tal, María? ñ ü é', 22],
    ['café', 4], // NFC
    ['cafe\u0301', 4], // decomposed é is normalised first
    ['“comillas” – guion', 18], // U+2010–201F weigh 1
    ['…', 2], // U+2026 is outside X's light ranges
    ['日本語', 6],
    ['한국어', 6],
    ['😀', 2],
    ['👍🏽', 2], // skin tone: one emoji
    ['👩‍👩‍👧‍👦', 2], // ZWJ family: one emoji
    ['🇪🇸', 2], // flag
    ['1️⃣', 2], // keycap
    ['❤️ gracias', 10],
    ['https://example.com', 23],
    ['https://example.com/a/very/long/path/that/goes/on/and/on/and/on/forever?utm_source=x', 23],
    ['http://t.co/x', 23],
    ['mira vocero.es ahora', 5 + 23 + 6],
    ['www.aurora.com/ayuda.', 24], // trailing full stop is not part of the URL
    ['(https://a.com/x)', 25],
    ['escribe a ana@gmail.com', 23], // e-mail addresses are not links
    ['two https://a.co https://b.co', 4 + 23 + 1 + 23],
  ])('%j weighs %i', (text, expected) => {
    expect(xWeightedLength(text)).toBe(expected);
  });

  it('280 Latin characters fit, 141 CJK do not', () => {
    expect(checkLength('a'.repeat(280), 'x')).toMatchObject({ length: 280, over: false, remaining: 0 });
    expect(checkLength('語'.repeat(141), 'x')).toMatchObject({ length: 282, over: true, remaining: -2 });
    expect(checkLength('😀'.repeat(140), 'x').over).toBe(false);
    expect(checkLength('😀'.repeat(141), 'x').over).toBe(true);
  });

  it('a long link costs 23 whatever its length', () => {
    const text = 'a'.repeat(256) + ' https://example.com/' + 'x'.repeat(500);
    expect(checkLength(text, 'x')).toMatchObject({ length: 280, over: false });
  });
});

describe('other networks', () => {
  test.each<[Network, number]>([
    ['x', 280],
    ['instagram', 2200],
    ['youtube', 10000],
    ['linkedin', 1250],
    ['tiktok', 150],
    ['reddit', 10000],
    ['facebook', 8000],
    ['mastodon', 500],
  ])('%s allows %i', (network, limit) => {
    expect(LIMITS[network].limit).toBe(limit);
    const fits = network === 'x' ? 'a'.repeat(limit) : 'a'.repeat(limit);
    expect(checkLength(fits, network).over).toBe(false);
    expect(checkLength(fits + 'a', network)).toMatchObject({ over: true, remaining: -1, limit });
  });

  test.each<[Network, string, number]>([
    ['instagram', '😀', 2], // UTF-16, as the page's own counters
    ['tiktok', 'https://example.com/' + 'x'.repeat(30), 50],
    ['linkedin', 'café', 4],
    ['mastodon', 'https://example.com/' + 'x'.repeat(100), 23],
    ['mastodon', 'hola @ana@mastodon.social', 9],
    ['mastodon', '😀', 1],
  ])('%s counts %j as %i', (network, text, expected) => {
    expect(replyLength(text, network)).toBe(expected);
  });

  it("the brand's own limit applies when stricter", () => {
    expect(checkLength('a'.repeat(200), 'instagram', 150)).toMatchObject({ limit: 150, over: true });
    expect(checkLength('a'.repeat(200), 'x', 1000)).toMatchObject({ limit: 280, over: false });
    expect(checkLength('a', 'x', 0).limit).toBe(280);
  });
});
