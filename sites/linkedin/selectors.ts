// LinkedIn selectors, as data, for its three DOMs:
//  - Ember feed (linkedin-1, 2022; logged in): posts div.feed-shared-update-v2[data-urn], comments article
//    .comments-comment-item (2024+ builds: .comments-comment-entity), Quill comment box.
//  - SDUI feed (linkedin-2, 2026; logged in): hashed classes; posts are [data-testid=mainFeed] listitems.
//  - Public post page (linkedin-3, logged out): section.comment.

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

export const linkedinSelectors = {
  /** Posts and comments of all three DOMs (a comment is its own item, nested in its post). */
  item: [
    'div.feed-shared-update-v2[data-urn]',
    'article.comments-comment-item',
    'article.comments-comment-entity',
    '[data-testid="mainFeed"] div[role="listitem"]',
    'section.comment',
  ].join(', '),

  // Ember feed: post
  emberPost: 'div.feed-shared-update-v2[data-urn]',
  emberComment: 'article.comments-comment-item, article.comments-comment-entity',
  actorName: '.feed-shared-actor__name, .update-components-actor__name, .update-components-actor__title',
  actorLink:
    'a.feed-shared-actor__container-link, a.update-components-actor__meta-link, a.update-components-actor__image, .feed-shared-actor a[href], .update-components-actor a[href]',
  actorDescription: '.feed-shared-actor__description, .update-components-actor__description',
  postText: '.feed-shared-text, .update-components-text, .feed-shared-update-v2__description',
  postCommentButton:
    'button.comment-button, button.social-actions-button.comment, button[data-control-name="comment"]',
  // Ember feed: comment
  commentName: '.comments-post-meta__name-text, .comments-comment-meta__description-title',
  commentLink:
    'a.comments-post-meta__actor-link, a.comments-comment-meta__image-link, a.comments-comment-meta__description-container, .comments-post-meta a[href]',
  commentText:
    '.comments-comment-item__main-content, .feed-shared-main-content--highlighted-comment, .comments-comment-item-content-body, .update-components-text',
  commentReply:
    'button.comments-comment-social-bar__reply-action-button, button.comments-comment-social-bar__reply-action-button--cr',
  /** Quill (2022) or the newer contenteditable comment editor. */
  editor: '.ql-editor[contenteditable="true"], [contenteditable="true"][role="textbox"]',
  verified: '[aria-label*="erified"], .text-view-model__verified-icon, svg[data-test-icon="verified-small"]',

  // SDUI feed (2026)
  sduiItem: '[data-testid="mainFeed"] div[role="listitem"]',
  sduiText: '[data-testid="expandable-text-box"]',
  profileLinks: 'a[href*="/in/"], a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"]',
  buttons: 'button',

  // Public post page
  guestComment: 'section.comment',
  guestAuthor: 'a.comment__author',
  guestText: '.comment__text',
  guestReply: '.comment__reply',
  /** The comment's URN sits on its report link. */
  guestUrn: '[data-semaphore-content-urn^="urn:li:comment:"]',
} as const;

/** Comment button label in the SDUI feed (no attribute marks it), in the languages we support or met. */
export const LINKEDIN_COMMENT_WORDS = [
  'comment',
  'comentar',
  'commenter',
  'kommentieren',
  'commenta',
  'تعليق',
];
