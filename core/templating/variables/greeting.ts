import type { TemplateLang } from '../types';
import type { Variable } from './variable';

/**
 * Greeting by local hour, in the reply's language. Spanish: "Buenos días" 6–11, "Buenas tardes" 12–19,
 * "Buenas noches" 20–5 (a greeting too in Spanish). English: "Good morning" 5–11, "Good afternoon"
 * 12–17, "Good evening" 18–23, "Hello" 0–4 ("Good night" is a farewell in English).
 */
export function greetingAt(hour: number, lang: TemplateLang): string {
  if (lang === 'es')
    return hour >= 6 && hour < 12
      ? 'Buenos días'
      : hour >= 12 && hour < 20
        ? 'Buenas tardes'
        : 'Buenas noches';
  if (hour >= 5 && hour < 12) return 'Good morning';
  if (hour >= 12 && hour < 18) return 'Good afternoon';
  return hour >= 18 ? 'Good evening' : 'Hello';
}

export const greeting: Variable = {
  names: { es: ['saludo'], en: ['greeting'] },
  describe: {
    es: 'Saludo según la hora: Buenos días / Buenas tardes / Buenas noches',
    en: 'Greeting for the time of day: Good morning / afternoon / evening',
  },
  resolve: ({ now, lang }) => greetingAt(now.getHours(), lang),
};
