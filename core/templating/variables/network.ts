import type { Network } from '../types';
import type { Variable } from './variable';

export const NETWORK_NAMES: Record<Network, string> = {
  x: 'X',
  youtube: 'YouTube',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  tiktok: 'TikTok',
  mastodon: 'Mastodon',
  demo: 'Demo',
};

export const network: Variable = {
  names: { es: ['red'], en: ['network'] },
  describe: {
    es: 'La red social del comentario (X, Instagram…)',
    en: "The comment's network (X, Instagram…)",
  },
  resolve: ({ item }) => NETWORK_NAMES[item.platform] ?? '',
};
