import type { Variable } from './variable';

/** Today's local date, long form in the reply's language: "1 de diciembre de 2026" / "December 1, 2026". */
export const date: Variable = {
  names: { es: ['fecha'], en: ['date'] },
  describe: { es: 'La fecha de hoy (1 de diciembre de 2026)', en: "Today's date (December 1, 2026)" },
  resolve: ({ now, lang }) =>
    new Intl.DateTimeFormat(lang === 'es' ? 'es-ES' : 'en-US', { dateStyle: 'long' }).format(now),
};
