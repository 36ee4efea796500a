import { beforeAll, describe, expect, test } from 'vitest';
import { loadClassifier, type Classifier } from '@/core/sentiment';

let c: Classifier;
beforeAll(async () => {
  c = await loadClassifier();
});
const s = (t: string) => c.classify(t);

describe('negation', () => {
  test.each([
    ['me gusta', 'no me gusta', 'es'],
    ['es bueno', 'no es bueno', 'es'],
    ['I like it', "I don't like it", 'en'],
    ['this is good', 'this is not good', 'en'],
  ])('"%s" scores higher than "%s"', (plain, negated) => {
    expect(s(plain).score).toBeGreaterThan(s(negated).score);
  });
  test.each(['no me gusta', 'no me gusta nada', "I don't like it", 'not good at all'])(
    '"%s" is negative',
    (t) => expect(s(t).sentiment).toBe('negative'),
  );
  test.each(['not bad', 'not bad at all', 'nada mal', 'no está mal'])('"%s" is not negative', (t) =>
    expect(s(t).sentiment).not.toBe('negative'),
  );
  test('the negator is named in the reasons', () => {
    expect(s('no me gusta').reasons).toContainEqual({ token: 'no', effect: 'negation' });
  });
});

describe('intensifiers', () => {
  test.each([
    ['bueno', 'muy bueno'],
    ['malo', 'muy malo'],
    ['good', 'very good'],
    ['bad', 'really bad'],
  ])('"%s" is weaker than "%s"', (plain, strong) => {
    expect(Math.abs(s(strong).score)).toBeGreaterThan(Math.abs(s(plain).score));
  });
  test('the intensifier is named in the reasons', () => {
    expect(s('muy bueno').reasons).toContainEqual({ token: 'muy', effect: 'intensifier' });
  });
});

describe('elongation', () => {
  test.each([
    ['buenísimoooo', 'positive'],
    ['genialllll', 'positive'],
    ['sooooo goooood', 'positive'],
    ['horribleeee', 'negative'],
    ['baaaad', 'negative'],
  ])('"%s" is %s', (t, want) => expect(s(t).sentiment).toBe(want));
});

describe('missing accents', () => {
  test.each([
    ['pésimo servicio', 'pesimo servicio'],
    ['buenísimo', 'buenisimo'],
    ['qué asco', 'que asco'],
    ['increíble', 'increible'],
  ])('"%s" and "%s" get the same result', (a, b) => {
    expect(s(a).sentiment).toBe(s(b).sentiment);
    expect(s(a).score).toBeCloseTo(s(b).score, 2);
  });
});

describe('slang', () => {
  test.each([
    ['q mal', 'negative'],
    ['q bueno!!', 'positive'],
    ['gr8 product, luv it', 'positive'],
    ['this sux', 'negative'],
    ['mola mucho', 'positive'],
    ['thx!! ur the best', 'positive'],
  ])('"%s" is %s', (t, want) => expect(s(t).sentiment).toBe(want));
});

describe('emoji and emoticons', () => {
  test.each([
    ['😍😍😍', 'positive'],
    ['❤️❤️', 'positive'],
    ['👍', 'positive'],
    ['😡', 'negative'],
    ['😭😭', 'negative'],
    ['👎', 'negative'],
    [':)', 'positive'],
    [':(', 'negative'],
  ])('"%s" is %s', (t, want) => expect(s(t).sentiment).toBe(want));
  test('an emoji that drove the result is a reason', () => {
    expect(s('😍').reasons).toContainEqual({ token: '😍', effect: 'positive' });
  });
});

describe('plain cases', () => {
  test.each([
    ['Excelente atención, muy amables', 'positive'],
    ['Pésimo servicio, no vuelvo a comprar', 'negative'],
    ['Amazing service, thank you!', 'positive'],
    ['Worst customer service ever', 'negative'],
    ['El evento es el sábado a las 18h', 'neutral'],
  ])('"%s" is %s', (t, want) => expect(s(t).sentiment).toBe(want));
});

describe('output shape', () => {
  test('score in [-1, 1], reasons are tokens of the text', () => {
    const r = s('Me encanta!! gracias 😍');
    expect(r.score).toBeGreaterThanOrEqual(-1);
    expect(r.score).toBeLessThanOrEqual(1);
    expect(r.reasons.length).toBeGreaterThan(0);
    for (const reason of r.reasons)
      expect('Me encanta!! gracias 😍'.toLowerCase()).toContain(reason.token.toLowerCase());
  });
  test('empty and odd input does not throw', () => {
    for (const t of ['', '   ', '🙂', '!!!', 'a'.repeat(100000)]) expect(() => s(t)).not.toThrow();
    expect(s('').sentiment).toBe('neutral');
  });
  test('classifyBatch and classifyBatchAsync agree with classify', async () => {
    const texts = ['me encanta', 'odio esto', 'hola'];
    expect(c.classifyBatch(texts)).toEqual(texts.map(s));
    expect(await c.classifyBatchAsync(texts, 0)).toEqual(texts.map(s));
  });
  test('loadClassifier returns the same instance', async () => {
    expect(await loadClassifier()).toBe(c);
  });
});
