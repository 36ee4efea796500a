import { describe, expect, it, test } from 'vitest';
import { buildIndex, searchTemplates, type SearchOptions } from '@/core/templating/search';
import { STARTER_TEMPLATES } from '@/core/templating/starters';
import type { TemplateLike } from '@/core/templating/types';

const tpl = (id: string, over: Partial<TemplateLike> = {}): TemplateLike => ({
  id,
  name: id,
  variants: ['texto'],
  category: '',
  tags: [],
  lang: 'any',
  networks: [],
  shortcut: '',
  ...over,
});

const index = buildIndex(STARTER_TEMPLATES);
const ids = (query: string, options?: SearchOptions) =>
  searchTemplates(index, query, options).map((h) => h.template.id);

describe('searchTemplates', () => {
  test.each([
    ['gracias', 'starter-thanks-es'],
    ['grac', 'starter-thanks-es'],
    ['GRACIAS', 'starter-thanks-es'],
    ['disculpa', 'starter-apology-es'],
    ['perdon', 'starter-apology-es'], // accents folded: the tag is "perdón"
    ['perdón', 'starter-apology-es'],
    ['sorry', 'starter-apology-en'],
    ['mensaje privado', 'starter-dm-es'],
    ['dm', 'starter-dm-en'],
    ['escalated', 'starter-escalated-en'],
    ['crisis', 'starter-crisis-es'],
    ['/thanks', 'starter-thanks-en'],
    ['/crisis-en', 'starter-crisis-en'],
    // typos, matched through Fuse
    ['agradecimeinto', 'starter-thanks-es'],
    ['discluplas', 'starter-apology-es'],
    ['escalatd', 'starter-escalated-en'],
  ])('%j finds %s first', (query, expected) => {
    expect(ids(query)[0]).toBe(expected);
  });

  it('finds words of the wordings, not only the names', () => {
    expect(ids('paciencia')).toEqual(expect.arrayContaining(['starter-escalated-es', 'starter-crisis-es']));
  });

  it('returns nothing for a query nothing matches', () => {
    expect(ids('zzzqqq')).toEqual([]);
  });

  it("puts templates in the comment's language first when nothing is typed", () => {
    const es = ids('', { lang: 'es' });
    expect(es.slice(0, 6).every((id) => id.endsWith('-es'))).toBe(true);
    const en = ids('', { lang: 'en' });
    expect(en.slice(0, 6).every((id) => id.endsWith('-en'))).toBe(true);
  });

  it("puts templates for the comment's intent first", () => {
    expect(ids('', { lang: 'es', intents: ['praise'] })[0]).toBe('starter-thanks-es');
    expect(ids('', { lang: 'en', intents: ['question'] })[0]).toBe('starter-answer-en');
    const complaint = ids('', { lang: 'es', intents: ['complaint'] }).slice(0, 4);
    expect(complaint).toEqual(
      expect.arrayContaining([
        'starter-apology-es',
        'starter-dm-es',
        'starter-escalated-es',
        'starter-crisis-es',
      ]),
    );
  });

  test.each<[string, SearchOptions, string]>([
    ['language', { lang: 'en' }, 'b'],
    ['language', { lang: 'es' }, 'a'],
    ['intent', { intents: ['complaint'] }, 'b'],
    ['network', { platform: 'instagram' }, 'b'],
    ['network', { platform: 'x' }, 'a'],
  ])('a fitting %s breaks a tie between equal text matches (%j → %s)', (_what, options, first) => {
    const pair = buildIndex([
      tpl('a', { name: 'envío', lang: 'es', intents: ['question'], networks: ['x'] }),
      tpl('b', { name: 'envío', lang: 'en', intents: ['complaint'], networks: ['instagram'] }),
    ]);
    expect(searchTemplates(pair, 'envio', options)[0]!.template.id).toBe(first);
  });

  it('a clearly better text match still wins over a better fit', () => {
    const pair = buildIndex([
      tpl('name-match', { name: 'reembolso', lang: 'en' }),
      tpl('body-match', { name: 'otra cosa', lang: 'es', variants: ['sobre el reembolsable'] }),
    ]);
    expect(searchTemplates(pair, 'reembolso', { lang: 'es' })[0]!.template.id).toBe('name-match');
  });

  it('an exact shortcut comes first whatever else matches', () => {
    const set = buildIndex([
      tpl('named', { name: 'gracias por todo', lang: 'es' }),
      tpl('short', { name: 'otra', shortcut: ';gr', lang: 'en' }),
    ]);
    expect(searchTemplates(set, 'gr', { lang: 'es' })[0]!.template.id).toBe('short');
    expect(searchTemplates(set, ';gr')[0]!.template.id).toBe('short');
  });

  it('keeps templates matching as many words as the best one, or one fewer', () => {
    const set = buildIndex([
      tpl('three', { name: 'retraso pedido envío' }),
      tpl('two', { name: 'retraso pedido' }),
      tpl('one', { name: 'retraso' }),
      tpl('none', { name: 'gracias' }),
    ]);
    const found = (q: string) => searchTemplates(set, q).map((h) => h.template.id);
    expect(found('retraso pedido')).toEqual(['two', 'three', 'one']); // equal scores: by name
    expect(found('retraso pedido envio')).toEqual(['three', 'two']);
  });

  it('respects the limit', () => {
    const many = buildIndex(Array.from({ length: 120 }, (_, i) => tpl(`t${i}`, { name: `plantilla ${i}` })));
    expect(searchTemplates(many, 'plantilla')).toHaveLength(50);
    expect(searchTemplates(many, '', { limit: 10 })).toHaveLength(10);
  });
});
