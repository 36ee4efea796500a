// X / Twitter selectors, as data. Seen in twitter-1 (home, 2025-02), twitter-3/-4 (outerHTML, 2025-10) and
// twitter-5 (profile, 2026-05). X marks nearly everything with data-testid; classes are hashed (r-…, css-…).

export const X_ORIGIN = 'https://x.com';

export const xSelectors = {
  /** One post (timeline entry, reply, the focal post of a status page). */
  item: 'article[data-testid="tweet"]',
  /** Quoted post inside an item: its own User-Name/tweetText must not be read as the item's. */
  quoted: 'div[role="link"]',
  /** Display name + @handle + status link (with time) of the author. */
  userName: '[data-testid="User-Name"]',
  text: '[data-testid="tweetText"]',
  /** Link to the post itself (the time is inside it): /<handle>/status/<id>. */
  statusLink: 'a[href*="/status/"]',
  time: 'time[datetime]',
  verified: 'svg[data-testid="icon-verified"]',
  /** "Pinned" (no link inside) or "<Name> reposted" (link to the reposter). */
  socialContext: '[data-testid="socialContext"]',
  replyButton: 'button[data-testid="reply"]',
  /** Action bar (reply/repost/like/bookmark); Vocero's UI goes after it. */
  actionBar: 'div[role="group"]',
  /** The reply composer in the dialog X opens on Reply. */
  dialogComposer: '[role="dialog"] [data-testid^="tweetTextarea_"][contenteditable="true"]',
  /** Inline composer: the status page's reply box or the home "What is happening?!" box (Draft.js). */
  composer: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  /** Profile header (twitter-5): the followers link's path starts with the profile's handle. */
  profileFollowers: 'a[href$="/verified_followers"], a[href$="/followers"]',
} as const;

/** Paths under x.com that are not user handles. */
export const X_RESERVED_PATHS = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'search',
  'settings',
  'i',
  'compose',
  'intent',
  'hashtag',
]);
