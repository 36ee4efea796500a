import type { Variable } from './variable';

/** The first word of the author's display name made of letters ("María 🌸 | Fan" → "María"); else "@handle". */
export function firstName(displayName: string): string {
  const word = displayName.match(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/u)?.[0] ?? '';
  return word.replace(/[.'’-]+$/u, '');
}

export const name: Variable = {
  names: { es: ['nombre'], en: ['name', 'first_name'] },
  describe: {
    es: 'Nombre de pila del autor (o su @usuario si no muestra nombre)',
    en: "The author's first name (or their @handle when none is shown)",
  },
  resolve: ({ item }) => firstName(item.authorName) || (item.handle ? `@${item.handle}` : ''),
};
