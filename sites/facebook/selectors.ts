// Facebook (www) selectors, as data. Seen in facebook-1 (photo permalink, Arabic UI, 2024) and facebook-2
// (post dialog, English UI, logged out, 2025). Classes are atomic hashes; we use roles, dir/aria and URLs.

export const FACEBOOK_ORIGIN = 'https://www.facebook.com';

export const facebookSelectors = {
  /** A post (`aria-posinset`) or a comment (nested inside its post); skeleton articles extract to null. */
  item: 'div[role="article"]',
  article: '[role="article"]',
  /** A comment's author links (avatar and name) carry its id: …/<user>?comment_id=<id>. */
  commentAuthor: 'a[href*="comment_id="]',
  /** Post header: the author's name link. */
  postAuthor:
    'h2 a[href], h3 a[href], h4 a[href], strong a[href], [data-ad-rendering-role="profile_name"] a[href]',
  /** Post body. */
  postMessage:
    '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
  /** Post permalink (its time link): /<user>/posts/<pfbid>, permalink.php?story_fbid=…, /photo/?fbid=… */
  postLink:
    'a[href*="/posts/"], a[href*="story_fbid="], a[href*="/permalink/"], a[href*="/videos/"], a[href*="fbid="]',
  /** Comment body: the outermost dir="auto" blocks that are not links or buttons. */
  textBlock: '[dir="auto"]',
  notText: 'a, [role="button"], [role="link"]',
  verified:
    'svg[aria-label*="erified"], [title*="erified"], svg[aria-label*="erificad"], [aria-label="حساب موثّق"]',
  buttons: '[role="button"]',
  editor: '[contenteditable="true"][role="textbox"]',
  dialogEditor: '[role="dialog"] form [contenteditable="true"][role="textbox"]',
  pageEditor: 'form [contenteditable="true"][role="textbox"]',
} as const;

/**
 * Visible text / aria-label of the Reply (comments) and Comment (posts) buttons in the UI languages we
 * support or met. Facebook gives these buttons no stable attribute, so this is a word list.
 */
export const FACEBOOK_REPLY_WORDS = ['reply', 'responder', 'répondre', 'antworten', 'rispondi', 'رد', 'الرد'];
export const FACEBOOK_COMMENT_WORDS = [
  'comment',
  'leave a comment',
  'write a comment',
  'comentar',
  'escribe un comentario',
  'commenter',
  'kommentieren',
  'commenta',
  'تعليق',
  'كتابة تعليق',
  'اكتب تعليقًا...',
];

/** First path parts that are not profiles. */
export const FACEBOOK_RESERVED_PATHS = new Set([
  'photo',
  'photo.php',
  'permalink.php',
  'story.php',
  'watch',
  'groups',
  'events',
  'pages',
  'hashtag',
  'share',
  'reel',
  'l.php',
]);
