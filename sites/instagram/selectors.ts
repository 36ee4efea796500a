// Instagram post-comments selectors, as data. instagram-1 (2025) is the only capture: no ids, roles or test
// ids on comment rows and atomic hashed classes, so a row is recognised by its shape (see `item`).

export const INSTAGRAM_ORIGIN = 'https://www.instagram.com';

export const instagramSelectors = {
  /**
   * One comment row (top-level comments and replies alike; the post caption and "View all N replies"
   * expanders are not rows): a div whose first child holds the avatar link (a > img, at this exact
   * depth) and whose second child holds the username, time, text and the Like/Reply buttons.
   * `:has()` works in Chrome 105+ / Firefox 121+. (happy-dom mis-reads chained `>` inside :has(), so
   * extract() re-checks the exact shape with `rowShape` and returns null for anything else.)
   */
  item: 'div:has(> div > div > div > span > div > a[href] > img):has(> div + div [role="button"])',
  rowShape: ':scope > div > div > div > span > div > a[href] > img',
  /** Content column (second child of the row). */
  content: ':scope > div + div',
  /** Username link: /<user>/ (relative in DevTools captures, absolute in saved pages). */
  userLink: 'a[href]',
  /** Permalink + time of the comment: /p/<post>/c/<comment id>/ > time[datetime]. */
  commentLink: 'a[href*="/c/"]',
  time: 'time[datetime]',
  /** Comment text: a dir="auto" span that is neither the username, the time, nor a button label. */
  textSpan: 'span[dir="auto"]',
  buttons: '[role="button"]',
  /** The post's comment box (Instagram: a textarea in a form; newer builds a contenteditable). */
  pageBox: 'form textarea, form [contenteditable="true"][role="textbox"]',
} as const;

/** "Reply" button label in the UI languages we support or met (the button has no other marker). */
export const INSTAGRAM_REPLY_WORDS = ['reply', 'responder', 'répondre', 'antworten', 'rispondi', 'رد'];
