import { describe, expect, it } from 'vitest';
import { flagKindLabel, normalizeFlagKind } from '@/core/people/flagKinds';
import { DEFAULT_PEOPLE_RULES, evaluateRules, type PeopleRules } from '@/core/people/rules';

const rules: PeopleRules = { ...DEFAULT_PEOPLE_RULES, minCommentsOnPage: 3 };

describe('evaluateRules', () => {
  it.each([
    ['verified', { verified: true, followers: null }, 0, 'verified'],
    ['not verified, no count', { verified: false, followers: null }, 0, null],
    ['100,000 exactly', { followers: 100_000 }, 0, 'followers'],
    ['99,999', { followers: 99_999 }, 0, null],
    ['"12,3 mil" (12,300)', { followers: '12,3 mil' }, 0, null],
    ['"1.2M"', { followers: '1.2M' }, 0, 'followers'],
    ['"112K subscribers"', { followers: '112K subscribers' }, 0, 'followers'],
    ['"617K"', { followers: '617K' }, 0, 'followers'],
    ['"99K"', { followers: '99K' }, 0, null],
    ['"2,5 M de seguidores"', { followers: '2,5 M de seguidores' }, 0, 'followers'],
    ['"100.000 seguidores"', { followers: '100.000 seguidores' }, 0, 'followers'],
    ['no number', { followers: 'seguidores' }, 0, null],
    ['3 comments on the page', {}, 3, 'comments'],
    ['2 comments on the page', {}, 2, null],
    ['verified beats followers (first rule)', { verified: true, followers: '2M' }, 5, 'verified'],
  ] as const)('%s', (_case, author, commentsOnPage, reason) => {
    const match = evaluateRules(rules, author, { commentsOnPage });
    expect(match?.reason ?? null).toBe(reason);
    if (match) expect(match.flag).toBe('influencer');
  });

  it('switched-off rules flag nobody', () => {
    const off: PeopleRules = {
      verified: false,
      minFollowers: null,
      minCommentsOnPage: null,
      flagKind: 'vip',
    };
    expect(evaluateRules(off, { verified: true, followers: 1e9 }, { commentsOnPage: 99 })).toBeNull();
  });

  it('the default has the comments rule off', () => {
    expect(evaluateRules(DEFAULT_PEOPLE_RULES, {}, { commentsOnPage: 50 })).toBeNull();
  });

  it('skips dismissed rules but another rule may still flag', () => {
    const author = { verified: true, followers: '1.2M' };
    expect(evaluateRules(rules, author, {}, ['verified'])?.reason).toBe('followers');
    expect(evaluateRules(rules, author, {}, ['verified', 'followers'])).toBeNull();
  });

  it('gives the configured kind', () => {
    expect(evaluateRules({ ...rules, flagKind: 'Prensa Local' }, { verified: true })?.flag).toBe(
      'prensa local',
    );
  });
});

describe('flag kinds', () => {
  it.each([
    ['  VIP ', 'vip'],
    ['Prensa   Local', 'prensa local'],
    ['periodista_tech-2', 'periodista_tech-2'],
    ['', null],
    ['   ', null],
    ['x'.repeat(31), null],
    ['<img src=x>', null],
    ['a"b', null],
  ])('normalizes %j → %j', (input, expected) => {
    expect(normalizeFlagKind(input)).toBe(expected);
  });

  it('labels built-in kinds in both languages and custom kinds as written', () => {
    expect(flagKindLabel('troll', 'es')).toBe('Trol');
    expect(flagKindLabel('advocate', 'en')).toBe('Advocate');
    expect(flagKindLabel('prensa', 'en')).toBe('prensa');
  });
});
