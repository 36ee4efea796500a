// UI strings. Messages live in assets/locales/{es,en}.json; @wxt-dev/i18n turns them into the
// extension's _locales (manifest name/description) and answers `i18n.t` in the browser's language.
// When the CM picks a language in settings we read the same files directly, because the browser's
// i18n API cannot be switched at run time.
import { i18n } from '#i18n';
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

export function browserLanguage(): Lang {
  let ui = globalThis.navigator?.language ?? 'es';
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    // Outside an extension (unit tests) the page's language stands in.
  }
  return ui.toLowerCase().startsWith('en') ? 'en' : 'es';
}

/** The language the UI is shown in now. */
export function uiLanguage(): Lang {
  return chosen === 'auto' ? browserLanguage() : chosen;
}

const substitute = (text: string, subs: (string | number)[]) =>
  text.replace(/\$(\d)/g, (whole, n: string) => String(subs[Number(n) - 1] ?? whole));

export function t(key: MessageKey, subs: (string | number)[] = []): string {
  if (chosen === 'auto') {
    // The browser's own lookup, in the browser's language; empty outside an extension (unit tests).
    try {
      const fromBrowser = (i18n.t as (k: string, s?: (string | number)[]) => string)(key, subs);
      if (fromBrowser) return fromBrowser;
    } catch {
      // Not running inside an extension (unit tests): fall through to the bundled dictionary.
    }
  }
  return substitute(dictionaries[uiLanguage()][key], subs);
}
