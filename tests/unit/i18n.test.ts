import { afterEach, describe, expect, it } from 'vitest';
import en from '@/assets/locales/en.json';
import es from '@/assets/locales/es.json';
import { setUiLanguage, t, tn } from '@/components/i18n';

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

  it('words a count in the singular only where the language does (1), with its own key', () => {
    setUiLanguage('es');
    expect(tn('people_interactions', 1)).toBe('1 interacción');
    expect(tn('people_interactions', 0)).toBe('0 interacciones');
    expect(tn('people_interactions', 3)).toBe('3 interacciones');
    expect(tn('log_delete_view', 1, ['1'])).toBe('Borrar la mostrada');
    setUiLanguage('en');
    expect(tn('log_count', 1)).toBe('1 interaction stored');
    expect(tn('log_count', 2)).toBe('2 interactions stored');
    expect(tn('people_count', 1, ['0', '1'])).toBe('0 of 1 person');
    // A key without a singular form falls back to its one message.
    expect(tn('log_filter_clear', 1)).toBe(t('log_filter_clear'));
  });

  it('has a plain message for every singular form', () => {
    for (const key of Object.keys(en).filter((k) => k.endsWith('_one')))
      expect(Object.keys(en), key).toContain(key.slice(0, -'_one'.length));
  });
});
