import { afterEach, describe, expect, it } from 'vitest';
import en from '@/assets/locales/en.json';
import es from '@/assets/locales/es.json';
import { setUiLanguage, t } from '@/components/i18n';

afterEach(() => setUiLanguage('auto'));

describe('UI strings', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const dict of [en, es]) for (const value of Object.values(dict)) expect(value.trim()).not.toBe('');
  });

  it('keeps the same $n substitutions in both languages', () => {
    const subs = (s: string) => (s.match(/\$\d/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(subs(es[key])).toEqual(subs(en[key]));
  });

  it('switches language at run time and fills substitutions', () => {
    setUiLanguage('es');
    expect(t('nav_people')).toBe('Personas');
    expect(t('log_count', [3])).toBe('3 interacciones guardadas');
    setUiLanguage('en');
    expect(t('nav_people')).toBe('People');
    expect(t('log_count', [3])).toBe('3 interactions stored');
  });
});
