// The pages the content script is declared on in the store build. Kept free of side effects: WXT
// evaluates it in Node at build time. (Demo builds add localhost: see wxt.config.ts.)
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
  '*://www.linkedin.com/*',
  '*://www.reddit.com/*',
  '*://old.reddit.com/*',
  '*://new.reddit.com/*',
  '*://www.tiktok.com/*',
];
