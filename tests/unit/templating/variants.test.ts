import { describe, expect, it, test } from 'vitest';
import { HISTORY_LENGTH, pickVariant, recordUse } from '@/core/templating/variants';

const three = ['uno', 'dos', 'tres'];

describe('variants', () => {
  test.each([
    [[], [0, 1, 2]],
    [[0], [1, 2]],
    [[0, 2], [1]],
    [[0, 2, 1], [0]],
    [[0, 2, 1, 0], [2]],
    [
      [1, 1, 1],
      [0, 2],
    ],
  ])('after %j picks one of %j', (recent, allowed) => {
    for (const seed of ['a', 'b', 'c', 'x:1', 42])
      expect(allowed).toContain(pickVariant(three, recent, seed)!.index);
  });

  it('is deterministic for the same history and seed', () => {
    const a = pickVariant(three, [1], 'x:123');
    expect(pickVariant(three, [1], 'x:123')).toEqual(a);
  });

  it('spreads over the candidates across seeds', () => {
    const picked = new Set(Array.from({ length: 40 }, (_, i) => pickVariant(three, [], `item-${i}`)!.index));
    expect(picked).toEqual(new Set([0, 1, 2]));
  });

  it('rotates through every variant before repeating one', () => {
    const variants = ['a', 'b', 'c', 'd', 'e'];
    let recent: number[] = [];
    for (let round = 0; round < 4; round++) {
      const used = new Set<number>();
      for (let i = 0; i < variants.length; i++) {
        const { index } = pickVariant(variants, recent, 'seed')!;
        used.add(index);
        recent = recordUse(recent, index);
      }
      expect(used.size).toBe(variants.length);
    }
  });

  test.each([
    [['solo'], 0],
    [['', '  ', 'la buena'], 2],
  ])('%j always gives %i', (variants, index) => {
    expect(pickVariant(variants, [index, index], 's')!.index).toBe(index);
  });

  it('returns null when every variant is blank', () => {
    expect(pickVariant(['', ' '])).toBeNull();
    expect(pickVariant([])).toBeNull();
  });

  it('keeps a bounded history', () => {
    let recent: number[] = [];
    for (let i = 0; i < 50; i++) recent = recordUse(recent, i % 3);
    expect(recent).toHaveLength(HISTORY_LENGTH);
    expect(recent.at(-1)).toBe(49 % 3);
  });
});
