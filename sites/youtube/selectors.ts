// YouTube watch-page comment selectors, as data. youtube-1 is the 2018 Polymer DOM (ytd-comment-renderer),
// youtube-2 the 2026 view-model DOM (ytd-comment-view-model). Both keep stable element names and ids.

export const YOUTUBE_ORIGIN = 'https://www.youtube.com';

export const youtubeSelectors = {
  /** One comment, replies included (each reply is its own element; the thread renderer is not an item). */
  item: 'ytd-comment-view-model, ytd-comment-renderer',
  /** Author link: "@handle" + /@handle (2026), display name + /channel/UC… or /user/… (2018). */
  author: '#author-text',
  text: '#content-text',
  /** Time link; its `lc` query parameter is the comment id. */
  permalink: '#published-time-text a[href]',
  /** Verified check next to the author (2018 and the channel-name badge). */
  verified: '#header-author .badge-style-type-verified, #header-author [aria-label="Verified"]',
  /** Creator ("channel owner") pill: the comment is by the video's channel. Its check icon = verified. */
  creatorBadge: 'ytd-author-comment-badge-renderer',
  creatorBadgeIcon: 'ytd-author-comment-badge-renderer #icon svg',
  replyButtonHost: '#reply-button-end',
  replyButton:
    '#reply-button-end button, #reply-button-end paper-button, #reply-button-end tp-yt-paper-button',
  /** Reply editor of this comment, created on clicking Reply (absent in both captures). */
  ownReplyBox: '#reply-dialog #contenteditable-root[contenteditable="true"]',
  /** The page's top-level comment editor, created on clicking the "Add a comment…" placeholder. */
  pageBox: 'ytd-comment-simplebox-renderer #contenteditable-root[contenteditable="true"]',
  /** Action bar under the comment; Vocero's UI goes after it. */
  actionBar: 'ytd-comment-engagement-bar, ytd-comment-action-buttons-renderer, #action-buttons',
  /** Video owner: links (handle or channel path) and subscriber count. */
  ownerLinks: 'ytd-video-owner-renderer a[href]',
  ownerSubCount: '#owner-sub-count',
  /** 2018: "Subscribed <span class=deemphasize>617K</span>" inside the subscribe button. */
  ownerSubCountLegacy: 'ytd-subscribe-button-renderer .deemphasize',
} as const;
