// The printable report is written in the language picked for it, which may differ from the UI's.
import en from '@/assets/locales/en.json';
import es from '@/assets/locales/es.json';
import type { Lang, MessageKey } from '@/components/i18n';

const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, es };

export function rt(lang: Lang, key: MessageKey, subs: (string | number)[] = []): string {
  return dictionaries[lang][key].replace(/\$(\d)/g, (whole, n: string) =>
    String(subs[Number(n) - 1] ?? whole),
  );
}

/** "2026-12-01" → "1 de diciembre de 2026" / "December 1, 2026". */
export function longDay(lang: Lang, day: string): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-ES' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

/** "2026-12-01" → "lun 1" / "Mon 1" (the x axis of the per-day charts). */
export function shortDay(lang: Lang, day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  const weekday = new Intl.DateTimeFormat(lang === 'es' ? 'es-ES' : 'en-US', {
    weekday: 'short',
    timeZone: 'UTC',
  })
    .format(date)
    .replace('.', '');
  return `${weekday} ${date.getUTCDate()}`;
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;
