// TikTok adapter. Item = each DivCommentItemWrapper (top-level comment or reply; the thread wrapper
// DivCommentObjectWrapper is not an item). TikTok shows no comment id, so id = hash of author + text,
// and for a reply also of its thread's top comment (the same user can post the same short text as a
// comment and as a reply: tiktok-1 has "cl" twice). Handle = the /@<handle> of the username link (the
// visible name is the display name). Permalink = the video URL. No follower counts beside comments.
import { hashString } from '@/core/hash';
import { clean, detectEditorKind } from '../dom';
import { defineAdapter, onDomain } from '../define';
import type { ExtractedItem, ReplyBox } from '../types';
import { TIKTOK_ORIGIN, tiktokSelectors as s } from './selectors';

function toUrl(href: string | null | undefined, el: Element): URL | null {
  if (!href) return null;
  try {
    const docUrl = el.ownerDocument?.URL ?? '';
    const base = /^https?:\/\/([^/]+\.)?tiktok\.com\//.test(docUrl) ? docUrl : TIKTOK_ORIGIN;
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

function authorOf(el: Element): {
  displayName: string;
  handle: string;
  profileUrl: string;
  link: Element | null;
} {
  const box = el.querySelector(s.username);
  const link = box?.querySelector(s.userLink) ?? null;
  const url = toUrl(link?.getAttribute('href'), el);
  let handle = /^\/@([^/?#]+)/.exec(url?.pathname ?? '')?.[1] ?? '';
  try {
    handle = decodeURIComponent(handle);
  } catch {
    // keep it encoded
  }
  handle = handle.replace(/^@+/, '').toLowerCase();
  return {
    displayName: clean((link?.querySelector('p') ?? link)?.textContent),
    handle,
    profileUrl: handle ? `${TIKTOK_ORIGIN}/@${handle}` : '',
    link,
  };
}

const textOfItem = (el: Element) => clean(el.querySelector(s.text)?.textContent);

function videoUrl(el: Element): string {
  const doc = el.ownerDocument;
  const canonical = toUrl(doc?.querySelector(s.canonical)?.getAttribute('href'), el);
  if (canonical) return canonical.href;
  const here = toUrl(doc?.URL, el);
  return here && /\/video\//.test(here.pathname) && here.hostname.endsWith('tiktok.com')
    ? `${here.origin}${here.pathname}`
    : '';
}

function extract(el: Element): ExtractedItem | null {
  const author = authorOf(el);
  const textEl = el.querySelector(s.text);
  if (!author.link && !textEl) return null;
  const text = textOfItem(el);
  const parts = [author.handle, text];
  // A reply: add its thread's top comment, so equal replies in different threads differ.
  const level = textEl?.getAttribute('data-e2e') ?? '';
  const thread = el.closest(s.thread);
  const top = thread?.querySelector(s.item);
  if (top && top !== el && level !== 'comment-level-1') parts.push(authorOf(top).handle, textOfItem(top));
  return {
    platform: 'tiktok',
    id: `tiktok:h${hashString(parts.join('\n'))}`,
    author: {
      displayName: author.displayName,
      handle: author.handle,
      profileUrl: author.profileUrl,
      verified: el.querySelector(s.username)?.parentElement?.querySelector(s.verified) != null,
      followers: null,
    },
    text,
    permalink: videoUrl(el),
    time: null, // dates are printed as "5-26"
  };
}

export const tiktokAdapter = defineAdapter({
  platform: 'tiktok',
  matches: onDomain('tiktok.com'),
  itemSelector: s.item,
  extract,
  replyButton(el) {
    return el.querySelector<HTMLElement>(s.replyButton);
  },
  replyBox(el): ReplyBox | null {
    // a reply box opened in this comment's thread, else the page's comment box
    const box =
      el.closest(s.thread)?.querySelector<HTMLElement>(s.editor) ??
      el.ownerDocument?.querySelector<HTMLElement>(s.pageEditor) ??
      null;
    return box ? { element: box, kind: detectEditorKind(box) } : null;
  },
  uiAnchor(el) {
    return el.querySelector(s.content) ?? el;
  },
});
