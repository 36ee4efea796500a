// Reddit adapter (new "shreddit" and old.reddit). Item = shreddit-comment / div.thing.comment, each reply
// its own item. Id = the comment's fullname (t1_…), from `thingid` / `data-fullname`. Handle = the username,
// lower-case; "[deleted]" gives "". Reddit shows no follower counts or verified marks next to comments.
import { hashString } from '@/core/hash';
import { absoluteUrl, clean, detectEditorKind, textOf } from '../dom';
import { defineAdapter, onDomain } from '../define';
import type { ExtractedItem, ReplyBox } from '../types';
import { REDDIT_NO_AUTHOR, REDDIT_ORIGIN, redditSelectors as s } from './selectors';

function isShreddit(el: Element): boolean {
  return el.localName === s.shreddit;
}

function item(
  el: Element,
  fullname: string,
  user: string,
  text: string,
  permalink: string,
  time: string | null,
) {
  const handle = REDDIT_NO_AUTHOR.has(user) ? '' : user.replace(/^(u\/|@)+/, '').toLowerCase();
  const result: ExtractedItem = {
    platform: 'reddit',
    id: /^t1_\w+$/.test(fullname) ? `reddit:${fullname}` : `reddit:h${hashString(`${handle}\n${text}`)}`,
    author: {
      displayName: handle ? user : '',
      handle,
      profileUrl: handle ? `${REDDIT_ORIGIN}/user/${encodeURIComponent(user)}/` : '',
      verified: false,
      followers: null,
    },
    text,
    permalink: absoluteUrl(permalink, el, REDDIT_ORIGIN),
    time,
  };
  return result;
}

function extract(el: Element): ExtractedItem | null {
  if (isShreddit(el)) {
    const fullname = el.getAttribute('thingid') ?? '';
    const textEl = el.querySelector(s.shText);
    if (!fullname && !textEl) return null;
    const timeEl = el.querySelector(s.shTime);
    return item(
      el,
      fullname,
      clean(el.getAttribute('author')),
      textOf(textEl),
      el.getAttribute('permalink') ?? '',
      timeEl?.getAttribute('datetime') ?? timeEl?.getAttribute('ts') ?? null,
    );
  }
  if (!el.classList.contains('thing')) return null;
  const fullname = el.getAttribute('data-fullname') ?? '';
  const textEl = el.querySelector(s.oldText);
  if (!fullname && !textEl) return null;
  const user = clean(el.getAttribute('data-author') ?? el.querySelector(s.oldAuthor)?.textContent);
  return item(
    el,
    fullname,
    user,
    textOf(textEl),
    el.getAttribute('data-permalink') ?? el.querySelector(s.oldPermalink)?.getAttribute('href') ?? '',
    el.querySelector(s.oldTime)?.getAttribute('datetime') ?? null,
  );
}

function replyBox(el: Element): ReplyBox | null {
  let box: HTMLElement | null = null;
  if (isShreddit(el)) {
    for (const candidate of el.querySelectorAll<HTMLElement>(s.shEditor)) {
      if (candidate.closest(s.shreddit) === el) {
        box = candidate;
        break;
      }
    }
    if (!box) {
      for (const candidate of el.ownerDocument?.querySelectorAll<HTMLElement>(s.shPageEditor) ?? []) {
        if (!candidate.closest(s.shreddit)) {
          box = candidate;
          break;
        }
      }
    }
  } else {
    box =
      el.querySelector<HTMLElement>(s.oldOwnBox) ??
      el.ownerDocument?.querySelector<HTMLElement>(s.oldPageBox) ??
      null;
  }
  return box ? { element: box, kind: detectEditorKind(box) } : null;
}

export const redditAdapter = defineAdapter({
  platform: 'reddit',
  matches: onDomain('reddit.com'),
  itemSelector: s.item,
  extract,
  replyButton(el) {
    if (isShreddit(el))
      return el.querySelector<HTMLElement>(s.shReplyButton) ?? el.querySelector<HTMLElement>(s.shReplySlot);
    return el.querySelector<HTMLElement>(s.oldReply);
  },
  replyBox,
  uiAnchor(el) {
    // shreddit-comment renders only slotted light-DOM children: anchor inside the meta slot.
    return (isShreddit(el) ? el.querySelector(s.shMeta) : el.querySelector(s.oldAnchor)) ?? el;
  },
});
