import type { Variable } from './variable';

export const brand: Variable = {
  names: { es: ['marca'], en: ['brand'] },
  describe: { es: 'El nombre de la marca (guía de voz)', en: 'The brand name (voice guide)' },
  resolve: ({ brandName }) => brandName.trim(),
};
