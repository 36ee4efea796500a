import { describe, expect, it } from 'vitest';
import { applyBrandRules, type BrandRule } from '@/core/sentiment/brandRules';

const RULES: BrandRule[] = [
  { phrase: 'retirada del producto', sentiment: 'negative', intent: ['urgent'] },
  { phrase: 'Café Huerta', intent: ['praise'] },
  { phrase: 'intoxicación', sentiment: 'negative', intent: ['urgent', 'complaint'] },
  { phrase: 'recall', sentiment: 'negative', intent: ['urgent'] },
  { phrase: 'promo 2x1', sentiment: 'positive' },
];
const neutral = { sentiment: 'neutral' as const, intent: [] };

describe('brand rules', () => {
  it.each([
    ['¿Hay una RETIRADA del producto?', 'negative', ['urgent']],
    ['hay una retirada   del producto', 'negative', ['urgent']], // spaces folded
    ['Me encanta el café huerta', 'neutral', ['praise']], // intent only, sentiment stays the model's
    ['Cafe Huerta es lo mejor', 'neutral', ['praise']], // accents ignored
    ['posible intoxicacion con el lote 12', 'negative', ['complaint', 'urgent']],
    ['is there a recall?', 'negative', ['urgent']],
    ['recalled items', 'neutral', []], // whole words only
    ['la promo 2x1 está genial', 'positive', []],
    ['nada que ver', 'neutral', []],
  ])('%j → %s %j', (text, sentiment, intent) => {
    expect(applyBrandRules(RULES, text, neutral)).toMatchObject({ sentiment, intent });
  });

  it('the first rule with a sentiment wins and names itself; intents from every match add up', () => {
    const result = applyBrandRules(RULES, 'recall y promo 2x1, Café Huerta', {
      sentiment: 'positive',
      intent: ['question'],
    });
    expect(result).toEqual({
      sentiment: 'negative',
      intent: ['question', 'praise', 'urgent'],
      rule: 'recall',
    });
  });

  it('treats phrases literally (no regex injection) and ignores empty phrases', () => {
    const rules: BrandRule[] = [
      { phrase: '.*', sentiment: 'negative' },
      { phrase: '  ', sentiment: 'negative' },
    ];
    expect(applyBrandRules(rules, 'hola', neutral).sentiment).toBe('neutral');
    expect(applyBrandRules(rules, 'esto .* aquello', neutral).sentiment).toBe('negative');
  });
});
