// Adapters meet whatever DOM a site ships next: they must never throw and never log. A property test
// builds 1,000 random trees (random tags, the attributes and values the adapters look for, hostile URLs
// and text) and runs every adapter's methods on every element. Plus: an unknown page gets nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ADAPTERS, adapterFor } from '@/sites/registry';
import { PLATFORMS } from '@/sites/types';

const TAGS = [
  'div',
  'span',
  'a',
  'p',
  'img',
  'time',
  'svg',
  'button',
  'textarea',
  'article',
  'section',
  'ul',
  'li',
  'h3',
  'strong',
  'form',
  'template',
  'bdi',
  'link',
  'meta',
  'shreddit-comment',
  'shreddit-comment-action-row',
  'shreddit-composer',
  'comment-body-header',
  'faceplate-tracker',
  'ytd-comment-view-model',
  'ytd-comment-renderer',
  'ytd-video-owner-renderer',
  'ytd-author-comment-badge-renderer',
  'ytd-subscribe-button-renderer',
  'yt-formatted-string',
  'ytd-comment-simplebox-renderer',
];

const VALUES: Record<string, string[]> = {
  'data-testid': [
    'tweet',
    'User-Name',
    'tweetText',
    'reply',
    'icon-verified',
    'tweetTextarea_0',
    'socialContext',
    'UserName',
    'mainFeed',
    'expandable-text-box',
    'trigger-button',
    'comment-input',
  ],
  role: ['article', 'button', 'link', 'textbox', 'listitem', 'dialog', 'group', 'feed', 'main'],
  class: [
    'thing comment',
    'entry',
    'tagline',
    'author',
    'usertext-body',
    'md',
    'buttons',
    'bylink',
    'child',
    'usertext',
    'status',
    'status__info',
    'status__display-name',
    'status__display-name muted',
    'display-name__html',
    'display-name__account',
    'status__content__text',
    'status__relative-time',
    'status__action-bar',
    'status__prepend',
    'compose-form',
    'autosuggest-textarea__textarea',
    'feed-shared-update-v2',
    'feed-shared-actor__name',
    'feed-shared-actor__description',
    'feed-shared-text',
    'comments-comment-item',
    'comments-post-meta__name-text',
    'comments-post-meta__actor-link',
    'comment',
    'comment__author',
    'comment__text',
    'comment__reply',
    'ql-editor',
    'public-DraftEditor-content',
    'DraftEditor-root',
    'css-1-DivCommentItemWrapper',
    'css-2-DivCommentObjectWrapper',
    'css-3-DivCommentContentWrapper',
    'badge badge-style-type-verified',
    'deemphasize',
    'comment-button',
    'ProseMirror',
  ],
  id: [
    'author-text',
    'content-text',
    'published-time-text',
    'reply-button-end',
    'header-author',
    'owner-sub-count',
    'contenteditable-root',
    'reply-dialog',
    'mastodon',
    'initial-state',
    'icon',
    'comment',
    'simplebox-placeholder',
  ],
  slot: ['comment', 'commentMeta', 'actionRow', 'comment-reply', 'rte', 'comment-composer'],
  'data-e2e': [
    'comment-username-1',
    'comment-username-2',
    'comment-level-1',
    'comment-level-2',
    'comment-reply-1',
  ],
  contenteditable: ['true', 'false', ''],
  'data-lexical-editor': ['true'],
  dir: ['auto', 'ltr', 'rtl'],
  rel: ['canonical'],
  property: ['og:site_name'],
  type: ['application/json', 'button'],
  'data-props': ['{}'],
  datetime: ['2025-02-14T17:52:29.000Z', 'not a date', ''],
  'aria-label': ['Reply', 'Verified account', 'Comment by X', '3 Replies. Reply', 'Verified', 'كتابة تعليق'],
  'aria-posinset': ['1', 'x'],
  title: ['@user@instance', '@', ''],
  author: ['someone', '[deleted]', ''],
  thingid: ['t1_abc', 't3_x', ''],
  depth: ['0', '-1'],
  'data-fullname': ['t1_abc', ''],
  'data-author': ['someone', '[deleted]'],
  'data-id': ['123', 'inline-follow-suggestions', 'urn:li:comment:(activity:1,2)', 'x y'],
  'data-urn': ['urn:li:activity:1', 'urn:li:', ''],
  'data-semaphore-content-urn': ['urn:li:comment:(urn:li:activity:1,2)', 'urn:li:comment:('],
};

const URLS = [
  '',
  '#',
  '%',
  '%E0%A4%A',
  '//',
  'http://[::1',
  'https://',
  'javascript:void(0)',
  'mailto:a@b.c',
  'about:blank',
  'data:text/html,<b>x</b>',
  '/@%E0%A4%A',
  '/@',
  '/in/%E0%A4%A/',
  '/company/',
  '/user/[deleted]/',
  '/channel/',
  '/p/x/c/123/',
  '/p//c//',
  '/watch?v=1&lc=',
  '/watch?v=1&lc=Ugx%ZZ',
  'https://x.com/a/status/123',
  '/a/status/',
  'https://x.com/i/status/1',
  '/elonmusk/verified_followers',
  '/followers',
  'https://www.facebook.com/profile.php?id=&comment_id=%ZZ',
  'https://www.facebook.com/x?comment_id=1',
  '/posts/pfbid',
  'permalink.php?story_fbid=',
  'https://mastodon.social/@a@b',
  '/@a/1',
  'https://www.linkedin.com/in/a?x=%ZZ',
  'ftp://x.com/a',
  '\u0000',
  'https://a.b/\u202e',
];

const attr = fc.oneof(
  fc
    .constantFrom(...Object.keys(VALUES))
    .chain((name) =>
      fc.tuple(
        fc.constant(name),
        fc.oneof(fc.constantFrom(...(VALUES[name] ?? [''])), fc.string({ maxLength: 12 })),
      ),
    ),
  fc.tuple(
    fc.constantFrom('href', 'src', 'permalink', 'data-permalink'),
    fc.oneof(fc.constantFrom(...URLS), fc.string()),
  ),
  fc.tuple(
    fc.constantFrom('alt', 'lang', 'name', 'placeholder', 'aria-placeholder'),
    fc.string({ maxLength: 8 }),
  ),
);

const node = fc.record({
  parent: fc.nat(),
  tag: fc.constantFrom(...TAGS),
  attrs: fc.array(attr, { maxLength: 4 }),
  text: fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 20 }),
    fc.constantFrom(
      '@handle',
      '@',
      '239.8M Followers',
      '1,330',
      'Reply',
      'reply',
      'Comment',
      '•',
      '١٢٨',
      '\u202e',
    ),
  ),
});

// Skeletons of each site's item markup (from the captures), filled with random values and then damaged
// (random elements removed, random subtrees grafted in): close to real pages, so extraction paths run.
const SKELETONS = [
  '<div data-testid="cellInnerDiv"><article data-testid="tweet"><div data-testid="socialContext">{t}</div><div data-testid="User-Name"><a href="{u}"><span>{t}</span><svg data-testid="icon-verified"></svg></a><a href="{u}">@{t}</a><a href="{u}"><time datetime="{t}">{t}</time></a></div><div data-testid="tweetText">{t}<img alt="{t}"></div><div role="link"><div data-testid="User-Name"><a href="{u}">{t}</a></div><div data-testid="tweetText">{t}</div></div><div role="group"><button data-testid="reply" aria-label="{t}">{t}</button></div></article></div><a href="{u}/verified_followers">{t}</a><div role="dialog"><div data-testid="tweetTextarea_0" contenteditable="true" class="public-DraftEditor-content"></div></div>',
  '<ytd-comment-view-model><div id="header-author"><a id="author-text" href="{u}"><span>{t}</span></a><span id="author-comment-badge"><ytd-author-comment-badge-renderer><yt-icon id="icon"><svg></svg></yt-icon></ytd-author-comment-badge-renderer></span><span id="published-time-text"><a href="{u}">{t}</a></span></div><div id="content-text">{t}</div><ytd-comment-engagement-bar><div id="reply-button-end"><button aria-label="{t}">{t}</button></div></ytd-comment-engagement-bar><div id="reply-dialog"><div id="contenteditable-root" contenteditable="true"></div></div></ytd-comment-view-model><ytd-video-owner-renderer><a href="{u}">{t}</a></ytd-video-owner-renderer><span id="owner-sub-count">{t}</span>',
  '<div role="article" aria-posinset="1"><h3><a href="{u}">{t}</a></h3><a href="{u}">{t}</a><div data-ad-rendering-role="story_message"><div dir="auto">{t}</div></div><div role="button" aria-label="{t}">{t}</div><div role="article"><a href="{u}?comment_id={t}">{t}</a><span dir="auto"><div dir="auto">{t}</div></span><div role="button">{t}</div></div><div contenteditable="true" role="textbox" data-lexical-editor="true"></div></div><div role="dialog"><form><div contenteditable="true" role="textbox"></div></form></div>',
  '<div><div><div><div><span><div><a href="{u}"><img alt="{t}"></a></div></span></div></div></div><div><span dir="auto"><a href="{u}"><span dir="auto">{t}</span><svg></svg></a></span><span dir="auto"><a href="{u}/c/{t}/"><time datetime="{t}">{t}</time></a></span><span dir="auto">{t}</span><div role="button">{t}</div><div role="button"><svg></svg></div></div></div><form><textarea></textarea></form>',
  '<div class="feed-shared-update-v2" data-urn="{t}"><span class="feed-shared-actor__name">{t}</span><a class="feed-shared-actor__container-link" href="{u}">{t}</a><span class="feed-shared-actor__description">{t}</span><div class="feed-shared-text">{t}</div><button class="comment-button">{t}</button><article class="comments-comment-item" data-id="{t}"><a class="comments-post-meta__actor-link" href="{u}"></a><span class="comments-post-meta__name-text">{t}</span><span class="feed-shared-main-content--highlighted-comment">{t}</span><button class="comments-comment-social-bar__reply-action-button">{t}</button></article><div class="ql-editor" contenteditable="true"></div></div><div data-testid="mainFeed"><div role="listitem"><a href="{u}">{t}</a><div><a href="{u}"><p>{t}</p></a></div><div><p>{t}</p></div><span data-testid="expandable-text-box">{t}</span><button>{t}</button></div></div><section class="comment"><a class="comment__author" href="{u}">{t}</a><p class="comment__text">{t}</p><a class="comment__reply" data-semaphore-content-urn="{t}">{t}</a></section>',
  '<shreddit-comment author="{t}" thingid="{t}" permalink="{u}"><div slot="commentMeta"><a href="{u}">{t}</a><time datetime="{t}">{t}</time></div><div slot="comment"><p>{t}</p></div><shreddit-comment-action-row slot="actionRow"><faceplate-tracker slot="comment-reply"><button>{t}</button></faceplate-tracker></shreddit-comment-action-row><shreddit-composer><div slot="rte" contenteditable="true" data-lexical-editor="true"></div></shreddit-composer></shreddit-comment><div class="thing comment" data-fullname="{t}" data-author="{t}" data-permalink="{u}"><div class="entry"><p class="tagline"><a class="author" href="{u}">{t}</a><time class="live-timestamp" datetime="{t}">{t}</time></p><div class="usertext-body"><div class="md">{t}</div></div><ul class="buttons"><li><a class="bylink" href="{u}">{t}</a></li><li><a onclick="return reply(this)">{t}</a></li></ul></div><div class="child"><form class="usertext"><textarea name="text"></textarea></form></div></div>',
  '<div class="css-a-DivCommentObjectWrapper"><div class="css-b-DivCommentItemWrapper"><div class="css-c-DivCommentContentWrapper"><div data-e2e="comment-username-1"><a href="{u}"><p>{t}</p></a></div><span data-e2e="comment-level-1">{t}</span><span data-e2e="comment-reply-1" role="button">{t}</span></div></div><div class="css-d-DivCommentItemWrapper"><div data-e2e="comment-username-2"><a href="{u}"><p>{t}</p></a></div><span data-e2e="comment-level-2">{t}</span></div></div><link rel="canonical" href="{u}">',
  '<div id="mastodon" data-props="{}"><div role="feed"><article data-id="{t}"><div class="status" data-id="{t}"><div class="status__prepend"><a class="status__display-name muted" href="{u}">{t}</a></div><div class="status__info"><a class="status__display-name" href="{u}" title="{t}"><strong class="display-name__html">{t}</strong><span class="display-name__account">{t}</span></a><a class="status__relative-time" href="{u}"><time datetime="{t}">{t}</time></a></div><div class="status__content__text"><p>{t}</p><p>{t}</p></div><div class="status__action-bar"><button>{t}</button></div></div></article><article data-id="inline-follow-suggestions"></article></div><form class="compose-form"><textarea class="autosuggest-textarea__textarea"></textarea></form></div>',
];

const escapeHtml = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    '@handle',
    '@a@b.example',
    't1_abc',
    'urn:li:activity:1',
    'urn:li:comment:(activity:1,2)',
  ),
  fc.constantFrom(
    '239.8M Followers',
    '1,330',
    '١٢٨',
    'Reply',
    'Comment',
    '[deleted]',
    '2025-02-14T17:52:29.000Z',
  ),
);
const url = fc.oneof(fc.constantFrom(...URLS), fc.webUrl(), fc.string({ maxLength: 10 }));

const damagedSkeleton = fc.record({
  skeleton: fc.constantFrom(...SKELETONS),
  values: fc.array(value, { minLength: 40, maxLength: 40 }),
  urls: fc.array(url, { minLength: 12, maxLength: 12 }),
  remove: fc.array(fc.nat(), { maxLength: 6 }),
  graft: fc.array(node, { maxLength: 8 }),
  graftAt: fc.nat(),
});

function buildSkeleton(s: {
  skeleton: string;
  values: string[];
  urls: string[];
  remove: number[];
  graft: { parent: number; tag: string; attrs: [string, string][]; text: string }[];
  graftAt: number;
}): Element {
  let t = 0;
  let u = 0;
  const html = s.skeleton
    .replace(/\{t\}/g, () => escapeHtml(s.values[t++ % s.values.length] ?? ''))
    .replace(/\{u\}/g, () => escapeHtml(s.urls[u++ % s.urls.length] ?? ''));
  const root = document.createElement('div');
  root.innerHTML = html;
  for (const n of s.remove) {
    const all = root.querySelectorAll('*');
    if (all.length) all[n % all.length]?.remove();
  }
  if (s.graft.length) {
    const all = root.querySelectorAll('*');
    (all.length ? (all[s.graftAt % all.length] ?? root) : root).append(build(s.graft));
  }
  return root;
}

function build(specs: { parent: number; tag: string; attrs: [string, string][]; text: string }[]): Element {
  const root = document.createElement('div');
  const made: Element[] = [];
  for (const [i, spec] of specs.entries()) {
    const el = document.createElement(spec.tag);
    for (const [name, value] of spec.attrs) el.setAttribute(name, value);
    if (spec.text) el.append(spec.text);
    const parent = i === 0 ? root : (made[spec.parent % i] ?? root);
    parent.append(el);
    made.push(el);
  }
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('adapters on random DOM', () => {
  test('extract / replyButton / replyBox / uiAnchor never throw, never log, on 1,000 random trees', () => {
    const logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'log')];
    const extracted = new Map<string, number>();
    fc.assert(
      fc.property(fc.oneof(fc.array(node, { minLength: 1, maxLength: 30 }), damagedSkeleton), (input) => {
        const root = Array.isArray(input)
          ? build(input as { parent: number; tag: string; attrs: [string, string][]; text: string }[])
          : buildSkeleton(input as Parameters<typeof buildSkeleton>[0]);
        document.body.replaceChildren(root);
        const elements = [root, ...root.querySelectorAll('*')];
        for (const adapter of ADAPTERS) {
          const matched = new Set(root.querySelectorAll(adapter.itemSelector));
          for (const el of elements) {
            const item = adapter.extract(el);
            if (item) {
              extracted.set(item.platform, (extracted.get(item.platform) ?? 0) + 1);
              expect(item.platform).toBe(adapter.platform);
              expect(item.id.startsWith(`${adapter.platform}:`)).toBe(true);
              expect(item.author.handle).toBe(item.author.handle.toLowerCase());
              expect(item.author.handle.startsWith('@')).toBe(false);
            }
            adapter.replyButton(el);
            adapter.replyBox(el);
            expect(adapter.uiAnchor(el)).toBeTruthy();
            if (matched.has(el)) expect(() => adapter.extract(el)).not.toThrow();
          }
        }
      }),
      { numRuns: 1000 },
    );
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
    // the damaged skeletons are close enough to real markup that every adapter recognises items in them
    expect(extracted.size).toBe(8);
  }, 120_000);

  test('every adapter is registered once, with a known platform and a valid selector', () => {
    expect(ADAPTERS.map((a) => a.platform).sort()).toEqual([...PLATFORMS].sort());
    for (const adapter of ADAPTERS)
      expect(() => document.querySelectorAll(adapter.itemSelector)).not.toThrow();
  });
});

describe('adapterFor', () => {
  test.each([
    ['https://x.com/home', 'x'],
    ['https://twitter.com/nikitabier/status/1', 'x'],
    ['https://www.youtube.com/watch?v=0J2_YGuNrDo', 'youtube'],
    ['https://www.facebook.com/photo/?fbid=1', 'facebook'],
    ['https://www.instagram.com/p/DHBZN01N-Ht/', 'instagram'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.reddit.com/r/aivideos/', 'reddit'],
    ['https://old.reddit.com/r/aww/', 'reddit'],
    ['https://www.tiktok.com/@a/video/1', 'tiktok'],
    ['https://mastodon.social/home', 'mastodon'],
    ['https://hachyderm.io/@someone', 'mastodon'],
  ])('%s → %s', (url, platform) => {
    expect(adapterFor(new URL(url))?.platform).toBe(platform);
  });

  test('a Mastodon instance in no list: by the CM list, or by its DOM', () => {
    const url = new URL('https://toot.example.net/home');
    expect(adapterFor(url)).toBeNull();
    expect(adapterFor(url, undefined, ['toot.example.net'])?.platform).toBe('mastodon');
    const html = readFileSync(join(process.cwd(), 'tests/fixtures/sites/mastodon/mastodon-1.html'), 'utf8');
    // without its <head> (stylesheets happy-dom would try to load), the body alone is Mastodon's UI
    const doc = new DOMParser().parseFromString(html.slice(html.indexOf('<body')), 'text/html');
    expect(adapterFor(url, doc)?.platform).toBe('mastodon');
  });

  test.each([
    'https://example.com/',
    'https://news.ycombinator.com/item?id=1',
    'https://x.com.evil.example/home',
    'https://notreddit.com/r/x',
    'https://youtube.com.example.org/watch',
    'https://mastodon.social.example.org/home',
    'http://localhost:3000/',
    'file:///tmp/page.html',
    'about:blank',
    'chrome://extensions/',
  ])('an unknown page gets nothing: %s', (url) => {
    const logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
    const doc = new DOMParser().parseFromString(
      '<html><head><meta property="og:site_name" content="Example"></head><body><article role="article"><a href="/@x">@x</a> hello</article></body></html>',
      'text/html',
    );
    expect(adapterFor(new URL(url), doc)).toBeNull();
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
  });
});
