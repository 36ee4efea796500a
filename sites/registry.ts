// Every site adapter, and the one for a page. Adding a network = one folder in sites/ + one line here.
// Mastodon lives on any domain: a default list of large instances, the CM's own (passed in), or any page
// whose DOM is Mastodon's web UI.
import { demoAdapter } from '@/sites/demo';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { mastodonAdapter } from './mastodon';
import { isMastodonHost, isMastodonPage } from './mastodon/instances';
import { redditAdapter } from './reddit';
import { tiktokAdapter } from './tiktok';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

export const ADAPTERS: readonly SiteAdapter[] = [
  xAdapter,
  youtubeAdapter,
  facebookAdapter,
  instagramAdapter,
  linkedinAdapter,
  redditAdapter,
  tiktokAdapter,
  mastodonAdapter,
  demoAdapter,
];

/**
 * The adapter for a page, or null (an unknown page gets nothing). `doc` lets a Mastodon instance that is
 * in no list be recognised by its DOM; `mastodonInstances` are the hostnames the CM added. Never throws.
 */
export function adapterFor(
  url: URL,
  doc?: Document,
  mastodonInstances: readonly string[] = [],
): SiteAdapter | null {
  try {
    for (const adapter of ADAPTERS) if (adapter.matches(url)) return adapter;
    if (!/^https?:$/.test(url.protocol)) return null;
    if (isMastodonHost(url.hostname, mastodonInstances) || (doc && isMastodonPage(doc)))
      return mastodonAdapter;
  } catch {
    // a broken adapter must not break the page
  }
  return null;
}
