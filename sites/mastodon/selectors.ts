// Mastodon web UI selectors, as data (mastodon-1: mastodon.social home, web UI 4.6.0-nightly, 2026).
// Mastodon's class names are plain BEM and have been stable across 3.x–4.x.

export const mastodonSelectors = {
  /** One timeline entry; the "Who to follow" carousel is an article too (data-id="inline-follow-suggestions"). */
  item: 'article[data-id]:not([data-id="inline-follow-suggestions"])',
  /** The post inside (for a boost: the boosted post; the booster is in .status__prepend). */
  status: '.status[data-id]',
  authorLink: '.status__info a.status__display-name, a.status__display-name:not(.muted)',
  displayName: '.display-name__html',
  account: '.display-name__account',
  text: '.status__content__text',
  /** Link to the post on this instance, with the time inside. */
  permalink: 'a.status__relative-time',
  time: 'time[datetime]',
  /** Reply is the first button of the action bar (then Boost, Favourite, Bookmark, More). */
  replyButton: '.status__action-bar button',
  actionBar: '.status__action-bar',
  /** Reply opens the page's composer: a plain textarea. */
  composer: 'form.compose-form textarea.autosuggest-textarea__textarea, form.compose-form textarea',
  verified: '.verified-badge, .icon-verified',
} as const;
