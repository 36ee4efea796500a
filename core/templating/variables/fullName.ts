import type { Variable } from './variable';

export const fullName: Variable = {
  names: { es: ['nombre_completo'], en: ['full_name'] },
  describe: { es: 'Nombre completo del autor, tal como aparece', en: "The author's display name as shown" },
  resolve: ({ item }) => item.authorName.trim(),
};
