import { parseCount } from '@/core/count';
import { linkUrl } from '../dom';
import { defineAdapter } from '../define';
import { demoSelectors as s } from './selectors';
import { DEMO_PORT } from './matches';

const text = (root: Element, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';

export const demoAdapter = defineAdapter({
  platform: 'demo',
  matches: (url) =>
    (url.hostname === 'localhost' || url.hostname === '127.0.0.1') && url.port === String(DEMO_PORT),
  itemSelector: s.item,
  extract(element) {
    const commentId = element.getAttribute('data-comment-id');
    if (!commentId) return null;
    const authorLink = element.querySelector(s.author);
    const followersText = text(element, s.followers);
    return {
      platform: 'demo',
      id: `demo:${commentId}`,
      author: {
        displayName: authorLink?.textContent?.trim() ?? '',
        handle: text(element, s.handle).replace(/^@/, '').toLowerCase(),
        profileUrl: linkUrl(authorLink),
        verified: element.querySelector(s.verified) !== null,
        followers: followersText ? parseCount(followersText) : null,
      },
      text: text(element, s.text),
      permalink: linkUrl(element.querySelector(s.permalink)),
      time: element.querySelector(s.time)?.getAttribute('datetime') ?? null,
    };
  },
  replyButton: (element) => element.querySelector<HTMLElement>(s.replyButton),
  replyBox(element) {
    const box = element.querySelector<HTMLTextAreaElement>(s.replyBox);
    return box ? { element: box, kind: 'textarea' } : null;
  },
  uiAnchor: (element) => element.querySelector('.demo-meta') ?? element,
});
