// The pages the content script is declared on in the store build. Kept free of side effects: WXT
// evaluates it in Node at build time. (Demo builds add localhost: see wxt.config.ts.) Mastodon instances
// the CM adds are registered at run time (storage/mastodonInstances.ts).
import { DEFAULT_MASTODON_INSTANCES } from './mastodon/instances';

export const SITE_MATCHES = [
  '*://x.com/*',
  '*://*.x.com/*',
  '*://twitter.com/*',
  '*://*.twitter.com/*',
  '*://www.youtube.com/*',
  '*://m.youtube.com/*',
  '*://www.facebook.com/*',
  '*://web.facebook.com/*',
  '*://www.instagram.com/*',
  '*://*.linkedin.com/*', // public pages live on country subdomains too (sg., in., ch.)
  '*://www.reddit.com/*',
  '*://old.reddit.com/*',
  '*://new.reddit.com/*',
  '*://www.tiktok.com/*',
  ...DEFAULT_MASTODON_INSTANCES.map((host) => `https://${host}/*`),
];
