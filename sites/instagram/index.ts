// Instagram adapter. Item = one comment row (top-level or reply) of a post's comments panel; see
// selectors.ts for how a row is recognised. Id = the comment id of its /p/<post>/c/<id>/ link (a GIF-only
// comment has none: hash of author+text). Handle = the username (lower-case); Instagram shows only the
// username, so it is also the display name. Verified = the badge svg inside the username link.
// Instagram shows no follower counts beside comments.
import { hashString } from '@/core/hash';
import { clean, detectEditorKind } from '../dom';
import { defineAdapter, onDomain } from '../define';
import type { ExtractedItem, ReplyBox } from '../types';
import { INSTAGRAM_ORIGIN, INSTAGRAM_REPLY_WORDS, instagramSelectors as s } from './selectors';

function toUrl(href: string | null | undefined, el: Element): URL | null {
  if (!href) return null;
  try {
    const docUrl = el.ownerDocument?.URL ?? '';
    const base = /^https?:\/\/([^/]+\.)?instagram\.com\//.test(docUrl) ? docUrl : INSTAGRAM_ORIGIN;
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

const userOf = (url: URL | null) => {
  const parts = url?.pathname.split('/').filter(Boolean) ?? [];
  return parts.length === 1 && /^[\w.]{1,40}$/.test(parts[0] ?? '') ? (parts[0] ?? '') : '';
};

interface Row {
  content: Element;
  userLink: Element | null;
  user: string;
}

function row(el: Element): Row | null {
  if (!el.querySelector(s.rowShape)) return null;
  const content = el.querySelector(s.content);
  if (!content) return null;
  for (const link of content.querySelectorAll(s.userLink)) {
    const user = userOf(toUrl(link.getAttribute('href'), el));
    if (user && clean(link.textContent)) return { content, userLink: link, user };
  }
  return { content, userLink: null, user: '' };
}

function extract(el: Element): ExtractedItem | null {
  const r = row(el);
  if (!r || !r.userLink) return null;
  const { content, userLink, user } = r;
  const commentLink = content.querySelector(s.commentLink);
  const commentUrl = toUrl(commentLink?.getAttribute('href'), el);
  const commentId = /\/c\/(\d+)/.exec(commentUrl?.pathname ?? '')?.[1] ?? '';
  let text = '';
  for (const span of content.querySelectorAll(s.textSpan)) {
    if (
      span.contains(userLink) ||
      userLink.contains(span) ||
      span.querySelector(s.time) ||
      span.closest(s.buttons)
    )
      continue;
    text = clean(span.textContent);
    break;
  }
  const handle = user.toLowerCase();
  return {
    platform: 'instagram',
    id: commentId ? `instagram:${commentId}` : `instagram:h${hashString(`${handle}\n${text}`)}`,
    author: {
      // the name's own span: the link's text also holds the badge's <title>Verified</title>
      displayName: clean((userLink.querySelector(s.textSpan) ?? userLink).textContent),
      handle,
      profileUrl: `${INSTAGRAM_ORIGIN}/${user}/`,
      verified: userLink.querySelector('svg') !== null,
      followers: null,
    },
    text,
    permalink: commentUrl?.href ?? '',
    time: commentLink?.querySelector(s.time)?.getAttribute('datetime') ?? null,
  };
}

function replyButton(el: Element): HTMLElement | null {
  const r = row(el);
  if (!r) return null;
  const buttons = [...r.content.querySelectorAll<HTMLElement>(s.buttons)];
  const byWord = buttons.find((b) => INSTAGRAM_REPLY_WORDS.includes(clean(b.textContent).toLowerCase()));
  if (byWord) return byWord;
  // Other languages: the last text button without digits ("3 likes") and without an icon (Like).
  return buttons.filter((b) => !b.querySelector('svg') && !/\d/.test(b.textContent ?? '')).pop() ?? null;
}

export const instagramAdapter = defineAdapter({
  platform: 'instagram',
  matches: onDomain('instagram.com'),
  itemSelector: s.item,
  extract,
  replyButton,
  replyBox(el): ReplyBox | null {
    const box = el.ownerDocument?.querySelector<HTMLElement>(s.pageBox) ?? null;
    return box ? { element: box, kind: detectEditorKind(box) } : null;
  },
  uiAnchor(el) {
    return el.querySelector(s.content) ?? el;
  },
});
