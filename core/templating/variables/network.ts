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

/** A network's display name ("X", not "x"); a value this table does not know shows as it is. */
export const networkName = (network: string): string => NETWORK_NAMES[network as Network] ?? network;

export const network: Variable = {
  names: { es: ['red'], en: ['network'] },
  describe: {
    es: 'La red social del comentario (X, Instagram…)',
    en: "The comment's network (X, Instagram…)",
  },
  resolve: ({ item }) => NETWORK_NAMES[item.platform] ?? '',
};
