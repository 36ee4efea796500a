// UI strings. Messages live in assets/locales/{es,en}.json; @wxt-dev/i18n turns them into the
// extension's _locales (the manifest's name and description). At run time every string comes from the
// same two files, bundled: the CM can switch language in settings (the browser's i18n API cannot be
// switched), and the browser's lookup cost a content script ~5 ms for its first strings on every page
// (its message bundle is fetched on first use), for the very text bundled here.
import { browser } from 'wxt/browser';
import en from '@/assets/locales/en.json';
import es from '@/assets/locales/es.json';
import type { UiLanguage } from '@/storage/settings';

export type MessageKey = keyof typeof en;
export type Lang = 'es' | 'en';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, es };

let chosen: UiLanguage = 'auto';

export function setUiLanguage(language: UiLanguage): void {
  chosen = language;
}

let browserLang: Lang | undefined;
/** The browser's UI language as one of ours (Spanish, the default locale, for any but English). */
export function browserLanguage(): Lang {
  if (!browserLang) {
    let ui = globalThis.navigator?.language ?? 'es';
    try {
      ui = browser.i18n.getUILanguage();
    } catch {
      // Outside an extension (unit tests) the page's language stands in.
    }
    browserLang = ui.toLowerCase().startsWith('en') ? 'en' : 'es';
  }
  return browserLang;
}

/** The language the UI is shown in now. */
export function uiLanguage(): Lang {
  return chosen === 'auto' ? browserLanguage() : chosen;
}

const substitute = (text: string, subs: (string | number)[]) =>
  text.replace(/\$(\d)/g, (whole, n: string) => String(subs[Number(n) - 1] ?? whole));

export function t(key: MessageKey, subs: (string | number)[] = []): string {
  const text = dictionaries[uiLanguage()][key];
  return subs.length ? substitute(text, subs) : text;
}

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};
/**
 * A message about `count` things: `<key>_one` where the language puts that count in its "one" form
 * ("1 interacción"), else `key` ("3 interacciones", "0 interacciones"). `subs` default to the count.
 */
export function tn(key: MessageKey, count: number, subs: (string | number)[] = [count]): string {
  const lang = uiLanguage();
  const rules = (pluralRules[lang] ??= new Intl.PluralRules(lang));
  const one =
    rules.select(count) === 'one' ? (dictionaries[lang] as Record<string, string>)[`${key}_one`] : undefined;
  return substitute(one ?? dictionaries[lang][key], subs);
}
