// LinkedIn adapter, for the Ember feed, the 2026 SDUI feed and the public post page (see selectors.ts).
// Items: posts (Ember, SDUI) and comments (Ember, public page); a comment is its own item even though it
// sits inside its post. Ids: `linkedin:activity:<n>` for posts with a URN, `linkedin:comment:<n>` for
// comments (the comment number of urn:li:comment:(activity:A,<n>)), `linkedin:h<hash>` for SDUI posts (no URN
// in that DOM). Handle = the /in/<slug> or /company/<slug> part, lower-case. A follower count attaches to
// the post author when the actor line shows one ("41,656 followers" on company posts).
import { parseCount } from '@/core/count';
import { hashString } from '@/core/hash';
import { clean, detectEditorKind, textOf } from '../dom';
import { defineAdapter, onDomain } from '../define';
import type { ExtractedItem, ReplyBox } from '../types';
import { LINKEDIN_COMMENT_WORDS, LINKEDIN_ORIGIN, linkedinSelectors as s } from './selectors';

function toUrl(href: string | null | undefined, el: Element): URL | null {
  if (!href) return null;
  try {
    const docUrl = el.ownerDocument?.URL ?? '';
    const base = /^https?:\/\/([^/]+\.)?linkedin\.com\//.test(docUrl) ? docUrl : LINKEDIN_ORIGIN;
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

function profileOf(href: string | null | undefined, el: Element): { handle: string; profileUrl: string } {
  const url = toUrl(href, el);
  const m = url ? /^\/(in|company|school|showcase)\/([^/?#]+)/.exec(url.pathname) : null;
  if (!url || !m?.[1] || !m[2]) return { handle: '', profileUrl: '' };
  let slug = m[2];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // keep it encoded
  }
  return { handle: slug.replace(/^@+/, '').toLowerCase(), profileUrl: `${LINKEDIN_ORIGIN}/${m[1]}/${m[2]}/` };
}

/** "41,656 followers" / "1.033.746 seguidores": a number and one word; headlines are not counts. */
function followersOf(text: string): number | null {
  return /^[\d.,\s]+[kKmM]?\s+\p{L}+$/u.test(text) ? parseCount(text) : null;
}

/** The comment number and activity of urn:li:comment:(activity:A,C) / (urn:li:activity:A,C). */
function commentUrn(urn: string): { activity: string; comment: string; urn: string } | null {
  const m = /comment:\((?:urn:li:)?(\w+):(\d+),(\d+)\)/.exec(urn);
  return m?.[1] && m[2] && m[3] ? { activity: `urn:li:${m[1]}:${m[2]}`, comment: m[3], urn } : null;
}

const insideComment = (el: Element, root: Element) => {
  const c = el.closest(s.emberComment);
  return c !== null && c !== root && root.contains(c);
};
function ownFirst(root: Element, selector: string): Element | null {
  for (const el of root.querySelectorAll(selector)) if (!insideComment(el, root)) return el;
  return null;
}

function item(
  id: string,
  author: { name: string; handle: string; profileUrl: string; verified?: boolean; followers?: number | null },
  text: string,
  permalink: string,
): ExtractedItem {
  return {
    platform: 'linkedin',
    id,
    author: {
      displayName: author.name,
      handle: author.handle,
      profileUrl: author.profileUrl,
      verified: author.verified ?? false,
      followers: author.followers ?? null,
    },
    text,
    permalink,
    time: null, // LinkedIn prints relative times only ("32m", "1y")
  };
}

function extractEmberPost(el: Element): ExtractedItem | null {
  const urn = el.getAttribute('data-urn') ?? '';
  const nameEl = ownFirst(el, s.actorName);
  const link = ownFirst(el, s.actorLink);
  if (!nameEl && !link) return null;
  const { handle, profileUrl } = profileOf(link?.getAttribute('href'), el);
  const name = clean((nameEl?.querySelector('span[aria-hidden="true"]') ?? nameEl)?.textContent);
  const text = textOf(ownFirst(el, s.postText));
  const followers = followersOf(clean(ownFirst(el, s.actorDescription)?.textContent));
  const m = /^urn:li:(\w+):(\d+)$/.exec(urn);
  return item(
    m ? `linkedin:${m[1]}:${m[2]}` : `linkedin:h${hashString(`${handle}\n${text}`)}`,
    {
      name,
      handle,
      profileUrl,
      followers,
      verified: nameEl?.parentElement?.querySelector(s.verified) != null,
    },
    text,
    m ? `${LINKEDIN_ORIGIN}/feed/update/${urn}/` : '',
  );
}

function extractEmberComment(el: Element): ExtractedItem | null {
  const urn = commentUrn(el.getAttribute('data-id') ?? el.getAttribute('data-urn') ?? '');
  const link = el.querySelector(s.commentLink);
  const nameEl = el.querySelector(s.commentName);
  if (!urn && !nameEl) return null;
  const { handle, profileUrl } = profileOf(link?.getAttribute('href'), el);
  const text = textOf(el.querySelector(s.commentText));
  return item(
    urn ? `linkedin:comment:${urn.comment}` : `linkedin:h${hashString(`${handle}\n${text}`)}`,
    { name: clean(nameEl?.textContent), handle, profileUrl },
    text,
    urn ? `${LINKEDIN_ORIGIN}/feed/update/${urn.activity}/?commentUrn=${encodeURIComponent(urn.urn)}` : '',
  );
}

function extractGuestComment(el: Element): ExtractedItem | null {
  const authorLink = el.querySelector(s.guestAuthor);
  if (!authorLink) return null;
  const { handle, profileUrl } = profileOf(authorLink.getAttribute('href'), el);
  const text = textOf(el.querySelector(s.guestText));
  const urn = commentUrn(el.querySelector(s.guestUrn)?.getAttribute('data-semaphore-content-urn') ?? '');
  return item(
    urn ? `linkedin:comment:${urn.comment}` : `linkedin:h${hashString(`${handle}\n${text}`)}`,
    { name: clean(authorLink.textContent), handle, profileUrl },
    text,
    urn ? `${LINKEDIN_ORIGIN}/feed/update/${urn.activity}/?commentUrn=${encodeURIComponent(urn.urn)}` : '',
  );
}

function extractSdui(el: Element): ExtractedItem | null {
  const textEl = el.querySelector(s.sduiText);
  // The author is the last named profile link before the text ("X and Y like this" / "Z reposted" come
  // first); without a text box, the last one before the action buttons.
  const limit = textEl ?? el.querySelector(s.buttons);
  let author: Element | null = null;
  for (const link of el.querySelectorAll(s.profileLinks)) {
    if (limit && (limit.compareDocumentPosition(link) & 2) === 0) break; // not before `limit`
    if (clean(link.textContent)) author = link;
  }
  if (!author) return null;
  const { handle, profileUrl } = profileOf(author.getAttribute('href'), el);
  const name = clean((author.querySelector('p') ?? author).textContent).replace(/\s*•.*$/, '');
  const text = textOf(textEl);
  // The line after the name: "1,033,746 followers" for companies, the headline for people.
  const next = author.parentElement?.nextElementSibling;
  const followers = next ? followersOf(clean(next.textContent)) : null;
  return item(
    `linkedin:h${hashString(`${handle}\n${text}`)}`,
    { name, handle, profileUrl, followers },
    text,
    '',
  );
}

function extract(el: Element): ExtractedItem | null {
  if (el.matches(s.emberComment)) return extractEmberComment(el);
  if (el.matches(s.emberPost)) return extractEmberPost(el);
  if (el.matches(s.guestComment)) return extractGuestComment(el);
  if (el.matches(s.sduiItem)) return extractSdui(el);
  return null;
}

function replyButton(el: Element): HTMLElement | null {
  if (el.matches(s.emberComment)) return el.querySelector<HTMLElement>(s.commentReply);
  if (el.matches(s.emberPost)) return ownFirst(el, s.postCommentButton) as HTMLElement | null;
  if (el.matches(s.guestComment)) return el.querySelector<HTMLElement>(s.guestReply);
  if (!el.matches(s.sduiItem)) return null;
  const buttons = [...el.querySelectorAll<HTMLElement>(s.buttons)];
  return buttons.find((b) => LINKEDIN_COMMENT_WORDS.includes(clean(b.textContent).toLowerCase())) ?? null;
}

function replyBox(el: Element): ReplyBox | null {
  let box: HTMLElement | null = null;
  if (el.matches(s.emberComment)) {
    // its own reply box, else the post's comment box
    box = el.querySelector<HTMLElement>(s.editor);
    const post = el.closest(s.emberPost);
    if (!box && post) box = ownFirst(post, s.editor) as HTMLElement | null;
  } else if (el.matches(s.emberPost)) {
    box = ownFirst(el, s.editor) as HTMLElement | null;
  } else if (el.matches(s.sduiItem)) {
    box = el.querySelector<HTMLElement>(s.editor);
  }
  return box ? { element: box, kind: detectEditorKind(box) } : null;
}

export const linkedinAdapter = defineAdapter({
  platform: 'linkedin',
  matches: onDomain('linkedin.com'),
  itemSelector: s.item,
  extract,
  replyButton,
  replyBox,
  uiAnchor: (el) => el,
});
