// Mastodon adapter, for any instance (default list, the CM's own, or recognised by its DOM: see
// instances.ts). Item = a timeline `article[data-id]` holding a post (posts only: the "Who to follow"
// carousel is not one). Id = the article's data-id (for a boost, the boost's own id, so the same post
// boosted twice stays unique). Handle: as the page prints it without the "@": remote accounts keep the
// full `user@instance` form ("pedram@sfba.social"), local ones are `user` ("najafialiai"), lower-case —
// so the same remote person has the same handle on every instance, and a local one is relative to it.
// No follower counts or verified marks beside posts (link verification lives on profiles).
import { hashString } from '@/core/hash';
import { absoluteUrl, clean } from '../dom';
import { defineAdapter } from '../define';
import type { ExtractedItem, ReplyBox } from '../types';
import { isMastodonHost } from './instances';
import { mastodonSelectors as s } from './selectors';

/** Paragraphs joined with a space (Mastodon renders <p> without whitespace between them). */
function textOf(el: Element | null): string {
  if (!el) return '';
  const paragraphs = el.querySelectorAll('p');
  if (!paragraphs.length) return clean(el.textContent);
  return clean([...paragraphs].map((p) => p.textContent ?? '').join(' '));
}

function extract(el: Element): ExtractedItem | null {
  const status = el.querySelector(s.status);
  if (!status) return null;
  const link = status.querySelector(s.authorLink);
  const account = clean(link?.querySelector(s.account)?.textContent) || clean(link?.getAttribute('title'));
  const handle = account.replace(/^@+/, '').toLowerCase();
  const text = textOf(status.querySelector(s.text));
  const permalink = status.querySelector(s.permalink);
  const ownId = el.getAttribute('data-id') ?? status.getAttribute('data-id') ?? '';
  return {
    platform: 'mastodon',
    id: /^\w+$/.test(ownId) ? `mastodon:${ownId}` : `mastodon:h${hashString(`${handle}\n${text}`)}`,
    author: {
      displayName: clean(link?.querySelector(s.displayName)?.textContent),
      handle,
      profileUrl: absoluteUrl(link?.getAttribute('href'), el),
      verified: link?.querySelector(s.verified) != null,
      followers: null,
    },
    text,
    permalink: absoluteUrl(permalink?.getAttribute('href'), el),
    time: permalink?.querySelector(s.time)?.getAttribute('datetime') ?? null,
  };
}

export const mastodonAdapter = defineAdapter({
  platform: 'mastodon',
  matches: (url) => /^https?:$/.test(url.protocol) && isMastodonHost(url.hostname),
  itemSelector: s.item,
  extract,
  replyButton(el) {
    return el.querySelector(s.status)?.querySelector<HTMLElement>(s.replyButton) ?? null;
  },
  replyBox(el): ReplyBox | null {
    const box = el.ownerDocument?.querySelector<HTMLElement>(s.composer) ?? null;
    return box ? { element: box, kind: box.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable' } : null;
  },
  uiAnchor(el) {
    return el.querySelector(s.actionBar)?.parentElement ?? el;
  },
});
