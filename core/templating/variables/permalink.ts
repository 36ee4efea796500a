import type { Variable } from './variable';

export const permalink: Variable = {
  names: { es: ['enlace'], en: ['permalink', 'link'] },
  describe: { es: 'El enlace permanente del comentario', en: "The comment's permalink" },
  keepCase: true,
  resolve: ({ item }) => item.permalink.trim(),
};
