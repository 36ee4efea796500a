import type { Variable } from './variable';

export const handle: Variable = {
  names: { es: ['usuario', 'arroba'], en: ['handle', 'username'] },
  describe: { es: 'El @usuario del autor', en: "The author's @handle" },
  keepCase: true,
  resolve: ({ item }) => (item.handle ? `@${item.handle.replace(/^@/, '')}` : ''),
};
