// X / Twitter adapter. An item is the site's own `article[data-testid="tweet"]`; its id is the status id
// from the post's own /status/<id> link. On a profile page the pinned post appears twice (pinned and in
// the timeline), so an item shown with a social context gets a suffix (":pinned", ":rp-<reposter>") to keep
// ids unique and stable. The profile header's follower count attaches only to posts by that profile.
import { parseCount } from '@/core/count';
import { hashString } from '@/core/hash';
import { absoluteUrl, clean, detectEditorKind, textOf } from '../dom';
import { defineAdapter, onDomain } from '../define';
import type { ExtractedItem, ReplyBox } from '../types';
import { X_ORIGIN, X_RESERVED_PATHS, xSelectors as s } from './selectors';

/** First match inside `root` that is not inside a quoted post. */
function own(root: Element, selector: string): Element | null {
  for (const el of root.querySelectorAll(selector)) {
    const quote = el.closest(s.quoted);
    if (!quote || !root.contains(quote)) return el;
  }
  return null;
}

function handleFromPath(href: string | null | undefined): string {
  if (!href) return '';
  try {
    const first = new URL(href, X_ORIGIN).pathname.split('/')[1] ?? '';
    return /^\w{1,50}$/.test(first) && !X_RESERVED_PATHS.has(first.toLowerCase()) ? first.toLowerCase() : '';
  } catch {
    return '';
  }
}

// The profile header is page-wide: cache it per document for a moment so 5,000 items do not rescan the page.
const headerCache = new WeakMap<
  Document,
  { at: number; url: string; handle: string; followers: number | null }
>();
function profileHeader(doc: Document): { handle: string; followers: number | null } {
  const now = Date.now();
  const cached = headerCache.get(doc);
  if (cached && cached.url === doc.URL && now - cached.at < 2000) return cached;
  let handle = '';
  let followers: number | null = null;
  for (const link of doc.querySelectorAll(s.profileFollowers)) {
    if (link.closest(s.item)) continue;
    handle = handleFromPath(link.getAttribute('href'));
    followers = parseCount(link.textContent);
    if (handle && followers !== null) break;
  }
  const value = { at: now, url: doc.URL, handle, followers };
  headerCache.set(doc, value);
  return value;
}

function extract(el: Element): ExtractedItem | null {
  const userName = own(el, s.userName);
  if (!userName) return null;
  let displayName = '';
  let handle = '';
  let profileHref = '';
  for (const link of userName.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (href.includes('/status/')) continue;
    const t = clean(link.textContent);
    if (t.startsWith('@')) {
      handle = /^@+(\w{1,50})$/.exec(t)?.[1]?.toLowerCase() ?? '';
      profileHref = href;
    } else if (!displayName && t) {
      displayName = textOf(link);
      profileHref ||= href;
    }
  }
  if (!handle) {
    // "@handle" printed in a span (no link) in some layouts
    for (const span of userName.querySelectorAll('span')) {
      const m = /^@(\w{1,50})$/.exec(clean(span.textContent));
      if (m?.[1]) {
        handle = m[1].toLowerCase();
        break;
      }
    }
  }
  handle ||= handleFromPath(profileHref);
  if (!displayName) displayName = textOf(userName.querySelector('span'));

  const text = textOf(own(el, s.text));
  const timeEl = own(el, s.time);
  const statusLink =
    (timeEl?.closest(s.statusLink) as Element | null) ?? userName.querySelector(s.statusLink) ?? null;
  const statusHref = statusLink?.getAttribute('href') ?? '';
  const statusId = /\/status\/(\d+)/.exec(statusHref)?.[1] ?? '';

  let id = statusId ? `x:${statusId}` : `x:h${hashString(`${handle}\n${text}`)}`;
  const context = el.querySelector(s.socialContext);
  if (context) {
    const contextLink = context.closest('a[href]') ?? context.querySelector('a[href]');
    const by = handleFromPath(contextLink?.getAttribute('href'));
    id += contextLink ? `:rp-${by || hashString(clean(context.textContent))}` : ':pinned';
  }

  let followers: number | null = null;
  if (handle && el.ownerDocument) {
    const header = profileHeader(el.ownerDocument);
    if (header.handle === handle) followers = header.followers;
  }

  return {
    platform: 'x',
    id,
    author: {
      displayName,
      handle,
      profileUrl: handle ? `${X_ORIGIN}/${handle}` : absoluteUrl(profileHref, el, X_ORIGIN),
      verified: userName.querySelector(s.verified) !== null,
      followers,
    },
    text,
    permalink: absoluteUrl(statusHref, el, X_ORIGIN),
    time: timeEl?.getAttribute('datetime') ?? null,
  };
}

export const xAdapter = defineAdapter({
  platform: 'x',
  matches: onDomain('x.com', 'twitter.com'),
  itemSelector: s.item,
  extract,
  replyButton(el) {
    return own(el, s.replyButton) as HTMLElement | null;
  },
  replyBox(el): ReplyBox | null {
    const doc = el.ownerDocument;
    const box =
      doc?.querySelector<HTMLElement>(s.dialogComposer) ?? doc?.querySelector<HTMLElement>(s.composer);
    return box ? { element: box, kind: detectEditorKind(box) } : null;
  },
  uiAnchor(el) {
    return own(el, s.actionBar)?.parentElement ?? el;
  },
});
