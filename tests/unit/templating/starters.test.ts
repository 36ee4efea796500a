import { describe, expect, it, test } from 'vitest';
import { checkLength } from '@/core/templating/length';
import { render } from '@/core/templating/render';
import { STARTER_TEMPLATES } from '@/core/templating/starters';
import { context } from './context';

const KINDS = ['thanks', 'apology', 'answer', 'dm', 'escalated', 'crisis'];

describe('starter templates', () => {
  it('covers every kind in Spanish and English', () => {
    for (const kind of KINDS)
      for (const lang of ['es', 'en'])
        expect(STARTER_TEMPLATES.find((t) => t.id === `starter-${kind}-${lang}`)?.lang).toBe(lang);
    expect(new Set(STARTER_TEMPLATES.map((t) => t.id)).size).toBe(STARTER_TEMPLATES.length);
    expect(new Set(STARTER_TEMPLATES.map((t) => t.shortcut)).size).toBe(STARTER_TEMPLATES.length);
  });

  const variants = STARTER_TEMPLATES.flatMap((t) => t.variants.map((v, i) => [t.id, i, v, t.lang] as const));
  test.each(variants)('%s #%i renders cleanly and fits on X', (_id, _i, variant, lang) => {
    const first = render(variant, context({ lang: lang === 'en' ? 'en' : 'es' }));
    expect(first.unknown).toEqual([]);
    expect(first.syntax).toEqual([]);
    const answers = Object.fromEntries(first.prompts.map((p) => [p.key, 'el pedido 123456 llega tarde']));
    const done = render(variant, context({ lang: lang === 'en' ? 'en' : 'es', answers }));
    expect(done.ok).toBe(true);
    expect(checkLength(done.text, 'x').over).toBe(false);
  });

  it('has several wordings per template and uses tú in Spanish', () => {
    for (const t of STARTER_TEMPLATES) expect(t.variants.length).toBeGreaterThanOrEqual(3);
    const spanish = STARTER_TEMPLATES.filter((t) => t.lang === 'es')
      .flatMap((t) => t.variants)
      .join(' ');
    expect(spanish).not.toMatch(/\busted\b|\bsu (pedido|caso|paciencia)\b/i);
  });
});
