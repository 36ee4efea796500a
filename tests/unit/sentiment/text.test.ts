import { describe, expect, test } from 'vitest';
import { fold, squeeze, tokenize } from '@/core/sentiment/text';

describe('fold (missing accents, case)', () => {
  test.each([
    ['Pésimo', 'pesimo'],
    ['ATENCIÓN', 'atencion'],
    ['buenísimo', 'buenisimo'],
    ['plain', 'plain'],
  ])('%s → %s', (input, out) => expect(fold(input)).toBe(out));
});

describe('squeeze (elongation)', () => {
  test.each([
    ['buenisimoooo', 'buenisimo'],
    ['gooood', 'good'],
    ['siiii', 'si'],
    ['holaaaa', 'hola'],
    ['nooooo', 'no'],
    ['llevo', 'llevo'],
    ['cool', 'cool'],
  ])('%s → %s', (input, out) => expect(squeeze(input)).toBe(out));
});

describe('tokenize', () => {
  test.each([
    ['buenísimoooo', 'word', 'buenisimo'],
    ['q', 'word', 'que'],
    ['gr8', 'word', 'great'],
    ['luv', 'word', 'love'],
    ['xq', 'word', 'porque'],
    ['jajajaja', 'word', '<laugh>'],
    ['hahaha', 'word', '<laugh>'],
    ['😍', 'emoji', '😍'],
    ['👍🏻', 'emoji', '👍'],
    ['❤️', 'emoji', '❤'],
    [':)', 'emoticon', ':)'],
    ['<3', 'emoticon', '<3'],
    ['@someone', 'mention', '<user>'],
    ['https://bit.ly/abc', 'url', '<url>'],
    ['#Genial', 'hashtag', 'genial'],
    ["don't", 'word', 'dont'],
  ])('%s is a %s normalised to %s', (input, kind, norm) => {
    const [t] = tokenize(input);
    expect(t?.kind).toBe(kind);
    expect(t?.norm).toBe(norm);
  });

  test('marks elongation and shouting, keeps the raw text for tooltips', () => {
    const [a, b] = tokenize('Buenísimoooo GREAT');
    expect(a).toMatchObject({ raw: 'Buenísimoooo', elongated: true });
    expect(b).toMatchObject({ raw: 'GREAT', caps: true });
  });

  test('¿ and ¡ count as ? and !', () => {
    expect(
      tokenize('¿qué? ¡ya!')
        .filter((t) => t.kind === 'punct')
        .map((t) => t.norm),
    ).toEqual(['?', '?', '!', '!']);
  });

  test('bounded work on huge input', () => {
    expect(tokenize('palabra '.repeat(10000)).length).toBeLessThanOrEqual(400);
  });
});
