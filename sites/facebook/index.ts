// Facebook adapter. Items are the site's div[role="article"]: the post (aria-posinset) and each comment
// (nested inside it). Comments: id = the comment_id of the author link; posts: the pfbid / story id of
// the permalink. Handle = the profile path (facebook.com/<name>), or the numeric id of profile.php?id=,
// lower-case. Works on any UI language: structure and URLs, not aria-label text (only the Reply/Comment
// buttons need a word list). Facebook shows no follower counts beside comments: followers stay null.
import { hashString } from '@/core/hash';
import { clean, detectEditorKind, textOf } from '../dom';
import { defineAdapter, onDomain } from '../define';
import type { ExtractedItem, ReplyBox } from '../types';
import {
  FACEBOOK_COMMENT_WORDS,
  FACEBOOK_ORIGIN,
  FACEBOOK_REPLY_WORDS,
  FACEBOOK_RESERVED_PATHS,
  facebookSelectors as s,
} from './selectors';

function toUrl(href: string | null | undefined, el: Element): URL | null {
  if (!href) return null;
  try {
    const docUrl = el.ownerDocument?.URL ?? '';
    const base = /^https?:\/\/([^/]+\.)?facebook\.com\//.test(docUrl) ? docUrl : FACEBOOK_ORIGIN;
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/** Matches inside `article` that belong to it, not to a nested article (a comment inside a post). */
function own(article: Element, selector: string): Element[] {
  return [...article.querySelectorAll(selector)].filter((el) => el.closest(s.article) === article);
}

function profileOf(url: URL | null): { handle: string; profileUrl: string } {
  if (!url) return { handle: '', profileUrl: '' };
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] === 'profile.php') {
    const id = url.searchParams.get('id') ?? '';
    return id
      ? { handle: id.toLowerCase(), profileUrl: `${url.origin}/profile.php?id=${id}` }
      : { handle: '', profileUrl: '' };
  }
  if (parts[0] === 'people' && parts[2])
    return { handle: parts[2].toLowerCase(), profileUrl: `${url.origin}/${parts.slice(0, 3).join('/')}` };
  if (parts[0] === 'groups' && parts[2] === 'user' && parts[3])
    return { handle: parts[3], profileUrl: `${url.origin}/profile.php?id=${parts[3]}` };
  const first = (parts[0] ?? '').replace(/^@+/, '');
  if (!first || FACEBOOK_RESERVED_PATHS.has(first.toLowerCase())) return { handle: '', profileUrl: '' };
  return { handle: first.toLowerCase(), profileUrl: `${url.origin}/${first}` };
}

// A post's permalink is read once per post and kept briefly: each of its (maybe thousands of) comments
// needs it, and reading it scans the whole post.
const postLinkCache = new WeakMap<Element, { at: number; value: { id: string; url: string } | null }>();
function postLinkOf(article: Element): { id: string; url: string } | null {
  const now = Date.now();
  const cached = postLinkCache.get(article);
  if (cached && now - cached.at < 2000) return cached.value;
  const value = readPostLink(article);
  postLinkCache.set(article, { at: now, value });
  return value;
}

/** A post permalink without Facebook's tracking parameters. */
function readPostLink(article: Element): { id: string; url: string } | null {
  for (const link of own(article, s.postLink)) {
    const url = toUrl(link.getAttribute('href'), link);
    if (!url || url.searchParams.has('comment_id')) continue;
    const m =
      /\/posts\/([\w.-]+)/.exec(url.pathname) ??
      /\/(?:videos|permalink)\/([\w.-]+)/.exec(url.pathname) ??
      /^(pfbid\w+|\d+)$/.exec(url.searchParams.get('story_fbid') ?? url.searchParams.get('fbid') ?? '');
    if (!m?.[1]) continue;
    for (const key of [...url.searchParams.keys()]) {
      if (key.startsWith('__') || key === 'ref' || key === 'set') url.searchParams.delete(key);
    }
    return { id: m[1], url: url.href };
  }
  return null;
}

function outermostText(article: Element): string {
  const blocks = own(article, s.textBlock).filter((el) => !el.closest(s.notText));
  const outer = blocks.filter((el) => !blocks.some((other) => other !== el && other.contains(el)));
  return clean(outer.map((el) => textOf(el)).join(' '));
}

function extractComment(el: Element, links: Element[]): ExtractedItem | null {
  const named = links.find((a) => clean(a.textContent)) ?? links[0];
  const url = toUrl(named?.getAttribute('href'), el);
  const commentId = url?.searchParams.get('comment_id') ?? '';
  const { handle, profileUrl } = profileOf(url);
  const text = outermostText(el);
  const post = el.parentElement?.closest(s.article);
  const postLink = post ? postLinkOf(post) : null;
  let permalink = '';
  const base =
    postLink?.url ??
    (toUrl(el.ownerDocument?.URL, el)?.hostname.endsWith('facebook.com') ? el.ownerDocument?.URL : '');
  if (base && commentId) {
    const u = new URL(base);
    u.searchParams.set('comment_id', commentId);
    permalink = u.href;
  }
  return {
    platform: 'facebook',
    id: commentId ? `facebook:${commentId}` : `facebook:h${hashString(`${handle}\n${text}`)}`,
    author: {
      displayName: textOf(named),
      handle,
      profileUrl,
      verified: own(el, s.verified).length > 0,
      followers: null,
    },
    text,
    permalink,
    time: null, // Facebook prints relative times only ("1w", "a week ago")
  };
}

function extractPost(el: Element): ExtractedItem | null {
  const authorLink = own(el, s.postAuthor).find((a) => clean(a.textContent));
  if (!authorLink) return null;
  const { handle, profileUrl } = profileOf(toUrl(authorLink.getAttribute('href'), el));
  const message = own(el, s.postMessage)[0];
  const text = message ? textOf(message) : '';
  const link = postLinkOf(el);
  return {
    platform: 'facebook',
    id: link ? `facebook:${link.id}` : `facebook:h${hashString(`${handle}\n${text}`)}`,
    author: {
      displayName: textOf(authorLink),
      handle,
      profileUrl,
      verified: own(el, s.verified).length > 0,
      followers: null,
    },
    text,
    permalink: link?.url ?? '',
    time: null,
  };
}

function extract(el: Element): ExtractedItem | null {
  const commentLinks = own(el, s.commentAuthor);
  return commentLinks.length ? extractComment(el, commentLinks) : extractPost(el);
}

function buttonWithWords(el: Element, words: readonly string[]): HTMLElement | null {
  for (const b of own(el, s.buttons)) {
    const label = clean(b.getAttribute('aria-label') ?? b.textContent).toLowerCase();
    if (words.includes(label)) return b as HTMLElement;
  }
  return null;
}

function replyBox(el: Element): ReplyBox | null {
  // 1. inside the item; 2. for a comment, the composer Facebook opens under it (same thread container);
  // 3. the enclosing post's; 4. the page's (e.g. the photo viewer's side panel, facebook-1).
  let box = (own(el, s.editor)[0] as HTMLElement | undefined) ?? null;
  const post = el.parentElement?.closest(s.article) ?? null;
  if (!box && post) {
    let container = el.parentElement;
    for (
      let i = 0;
      i < 3 && container && container !== post && !box;
      i++, container = container.parentElement
    ) {
      box =
        [...container.querySelectorAll<HTMLElement>(s.editor)].find((e) => e.closest(s.article) === post) ??
        null;
    }
    box ??= (own(post, s.editor)[0] as HTMLElement | undefined) ?? null;
  }
  const doc = el.ownerDocument;
  box ??=
    doc?.querySelector<HTMLElement>(s.dialogEditor) ?? doc?.querySelector<HTMLElement>(s.pageEditor) ?? null;
  return box ? { element: box, kind: detectEditorKind(box) } : null;
}

export const facebookAdapter = defineAdapter({
  platform: 'facebook',
  matches: onDomain('facebook.com'),
  itemSelector: s.item,
  extract,
  replyButton(el) {
    const isComment = own(el, s.commentAuthor).length > 0;
    return buttonWithWords(el, isComment ? FACEBOOK_REPLY_WORDS : FACEBOOK_COMMENT_WORDS);
  },
  replyBox,
  uiAnchor: (el) => el,
});
