// TikTok video-page comment selectors, as data (tiktok-1, 2025, logged out). TikTok's classes are emotion
// hashes with a readable suffix (css-1p28ksf-5e6d46e3--DivCommentItemWrapper): match the suffix only.
// data-e2e attributes are TikTok's own test ids and the most stable markers.

export const TIKTOK_ORIGIN = 'https://www.tiktok.com';

export const tiktokSelectors = {
  /** One comment, top-level or reply (replies are DivCommentItemWrapper inside a reply container). */
  item: 'div[class*="DivCommentItemWrapper"]',
  /** A top-level comment with its replies. */
  thread: 'div[class*="DivCommentObjectWrapper"]',
  /** comment-username-1 (top level) / -2 (reply): link /@<handle> with the display name in a <p>. */
  username: '[data-e2e^="comment-username"]',
  userLink: 'a[href*="/@"]',
  /** comment-level-1 / comment-level-2. */
  text: '[data-e2e^="comment-level"]',
  replyButton: '[data-e2e^="comment-reply"]',
  verified: '[data-e2e*="verif"], svg[class*="Verif"]',
  /** Comment editor (Draft.js on TikTok): the page's, or a reply box opened under a thread. */
  editor: '[contenteditable="true"]',
  pageEditor:
    '[data-e2e="comment-input"] [contenteditable="true"], div[class*="DivCommentInputContainer"] [contenteditable="true"]',
  content: 'div[class*="DivCommentContentWrapper"]',
  /** The video's URL, for permalinks (comments have no link of their own). */
  canonical: 'link[rel="canonical"]',
} as const;
