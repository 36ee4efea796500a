// YouTube adapter. Item = each ytd-comment-view-model / ytd-comment-renderer (top-level and reply). Id =
// the `lc` comment id from the time link. Handle = the @handle (2026) or the last part of the channel path
// (/channel/UC…, /user/Name, /c/Name), lower-case. The channel's subscriber count (watch metadata) attaches
// only to comments by the video's channel: author link matches an owner link, or the creator badge is shown.
import { parseCount } from '@/core/count';
import { hashString } from '@/core/hash';
import { clean, detectEditorKind, textOf } from '../dom';
import { defineAdapter, onDomain } from '../define';
import type { ExtractedItem, ReplyBox } from '../types';
import { YOUTUBE_ORIGIN, youtubeSelectors as s } from './selectors';

function toUrl(href: string | null | undefined, el: Element): URL | null {
  if (!href) return null;
  try {
    const docUrl = el.ownerDocument?.URL ?? '';
    const base = /^https?:\/\/([^/]+\.)?youtube\.com\//.test(docUrl) ? docUrl : YOUTUBE_ORIGIN;
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** "@handle" from /@handle, else the last part of /channel/UC…, /user/Name, /c/Name. */
function handleOf(url: URL | null, shown: string): string {
  let path: string;
  try {
    path = url ? decodeURIComponent(url.pathname) : '';
  } catch {
    path = url?.pathname ?? '';
  }
  const at = /^\/@+([^/@]+)/.exec(path)?.[1];
  if (at) return at.toLowerCase();
  if (/^@+[^\s@]+$/.test(shown)) return shown.replace(/^@+/, '').toLowerCase();
  const parts = path.split('/').filter(Boolean);
  if (parts.length >= 2 && ['channel', 'user', 'c'].includes(parts[0] ?? ''))
    return (parts[1] ?? '').toLowerCase();
  return '';
}

const ownerCache = new WeakMap<
  Document,
  { at: number; url: string; handles: Set<string>; count: number | null }
>();
/** The video's channel as the watch metadata shows it: handles/channel ids of its links, subscriber count. */
export function channelOwner(doc: Document): { handles: Set<string>; count: number | null } {
  const now = Date.now();
  const cached = ownerCache.get(doc);
  if (cached && cached.url === doc.URL && now - cached.at < 2000) return cached;
  const handles = new Set<string>();
  for (const link of doc.querySelectorAll(s.ownerLinks)) {
    const h = handleOf(toUrl(link.getAttribute('href'), link), '');
    if (h) handles.add(h);
  }
  const countEl = doc.querySelector(s.ownerSubCount) ?? doc.querySelector(s.ownerSubCountLegacy);
  const value = { at: now, url: doc.URL, handles, count: parseCount(countEl?.textContent) };
  ownerCache.set(doc, value);
  return value;
}

function extract(el: Element): ExtractedItem | null {
  const authorLink = el.querySelector(s.author);
  const textEl = el.querySelector(s.text);
  if (!authorLink && !textEl) return null;
  const shown = clean(authorLink?.textContent);
  const profile = toUrl(authorLink?.getAttribute('href'), el);
  const handle = handleOf(profile, shown);
  const text = textOf(textEl);
  const link = toUrl(el.querySelector(s.permalink)?.getAttribute('href'), el);
  const lc = link?.searchParams.get('lc') ?? '';
  const creator = el.querySelector(s.creatorBadge) !== null;
  let followers: number | null = null;
  if (el.ownerDocument) {
    const o = channelOwner(el.ownerDocument);
    if (creator || (handle && o.handles.has(handle))) followers = o.count;
  }
  if (link) link.searchParams.delete('pp'); // tracking parameter
  return {
    platform: 'youtube',
    id: lc ? `youtube:${lc}` : `youtube:h${hashString(`${handle}\n${text}`)}`,
    author: {
      displayName: shown,
      handle,
      profileUrl: profile?.href ?? '',
      verified: el.querySelector(s.verified) !== null || el.querySelector(s.creatorBadgeIcon) !== null,
      followers,
    },
    text,
    permalink: link?.href ?? '',
    time: null, // only relative times ("1 month ago") are shown
  };
}

export const youtubeAdapter = defineAdapter({
  platform: 'youtube',
  matches: onDomain('youtube.com'),
  itemSelector: s.item,
  extract,
  replyButton(el) {
    return el.querySelector<HTMLElement>(s.replyButton) ?? el.querySelector<HTMLElement>(s.replyButtonHost);
  },
  replyBox(el): ReplyBox | null {
    const box =
      el.querySelector<HTMLElement>(s.ownReplyBox) ?? el.ownerDocument?.querySelector<HTMLElement>(s.pageBox);
    return box ? { element: box, kind: detectEditorKind(box) } : null;
  },
  uiAnchor(el) {
    return el.querySelector(s.actionBar)?.parentElement ?? el;
  },
});
