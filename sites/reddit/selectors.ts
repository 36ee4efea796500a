// Reddit selectors, as data: new Reddit ("shreddit" web components, reddit-2, 2025) and old.reddit
// (reddit-1, 2018). shreddit renders with declarative shadow DOM; only the light-DOM slots are queried.

export const REDDIT_ORIGIN = 'https://www.reddit.com';

export const redditSelectors = {
  /** One comment (replies included: each is its own element). */
  item: 'shreddit-comment, div.thing.comment',

  // shreddit: the element's attributes carry author, thingid, permalink, depth.
  shreddit: 'shreddit-comment',
  shMeta: ':scope > [slot="commentMeta"]',
  shText: ':scope > [slot="comment"]',
  shTime: ':scope > [slot="commentMeta"] time[datetime], :scope > [slot="commentMeta"] faceplate-timeago[ts]',
  shActionRow: ':scope > shreddit-comment-action-row',
  shReplyButton: ':scope > shreddit-comment-action-row [slot="comment-reply"] button',
  shReplySlot: ':scope > shreddit-comment-action-row [slot="comment-reply"]',
  /** Lexical editors inside a shreddit-composer (the per-comment one appears on Reply). */
  shEditor: 'shreddit-composer [contenteditable="true"]',
  /** The post's top-level composer ("Join the conversation" / "Add your reply"). */
  shPageEditor:
    'comment-body-header shreddit-composer [contenteditable="true"], shreddit-composer [contenteditable="true"]',

  // old.reddit: data-* attributes on div.thing; the comment's own parts live in :scope > .entry.
  oldText: ':scope > .entry .usertext-body .md',
  oldTime: ':scope > .entry .tagline time.live-timestamp, :scope > .entry .tagline time[datetime]',
  oldAuthor: ':scope > .entry .tagline a.author',
  oldPermalink: ':scope > .entry ul.buttons a.bylink',
  oldReply: ':scope > .entry ul.buttons a[onclick*="reply"]',
  /** The reply form old.reddit inserts under the comment, and the page's top-level one. */
  oldOwnBox: ':scope > .child > form.usertext textarea[name="text"], :scope > .entry form.usertext textarea',
  oldPageBox: '.commentarea > form.usertext textarea[name="text"]',
  oldAnchor: ':scope > .entry',
} as const;

/** Authors Reddit shows for removed accounts: no handle. */
export const REDDIT_NO_AUTHOR = new Set(['[deleted]', '[removed]', '']);
