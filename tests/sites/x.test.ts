import { describe, expect, test } from 'vitest';
import { loadCapture } from './capture';
import { xAdapter as adapter } from '@/sites/x';

const load = (name: string, url: string) => loadCapture('twitter', name, url);
const itemsOf = (doc: Document) => [...doc.querySelectorAll(adapter.itemSelector)];
const extractAll = (doc: Document) => itemsOf(doc).map((el) => adapter.extract(el));

describe('x adapter', () => {
  test('matches x.com and twitter.com only', () => {
    expect(adapter.matches(new URL('https://x.com/home'))).toBe(true);
    expect(adapter.matches(new URL('https://mobile.twitter.com/nikitabier/status/1'))).toBe(true);
    expect(adapter.matches(new URL('https://twitter.com/'))).toBe(true);
    expect(adapter.matches(new URL('https://notx.com/'))).toBe(false);
    expect(adapter.matches(new URL('https://x.com.evil.example/'))).toBe(false);
  });

  test('twitter-1 (home, logged in): 6 tweets with handles, Draft.js composer', () => {
    const doc = load('twitter-1', 'https://x.com/home');
    const els = itemsOf(doc);
    const items = extractAll(doc);
    expect(els).toHaveLength(6);
    expect(items.every((i) => i !== null)).toBe(true);
    expect(items.map((i) => i?.author.handle)).toEqual([
      'bgatesisapyscho',
      'bgatesisapyscho',
      'bgatesisapyscho',
      'bgatesisapyscho',
      'nikitabier',
      'nikitabier',
    ]);
    expect(new Set(items.map((i) => i?.id)).size).toBe(6);
    const first = items[0]!;
    expect(first).toMatchObject({
      platform: 'x',
      id: 'x:1890459111671656594',
      permalink: 'https://x.com/BGatesIsaPyscho/status/1890459111671656594',
      time: '2025-02-14T17:52:29.000Z',
      author: {
        displayName: 'Concerned Citizen',
        handle: 'bgatesisapyscho',
        profileUrl: 'https://x.com/bgatesisapyscho',
        verified: true,
        followers: null,
      },
    });
    expect(first.text).toMatch(/^Study of excess mortality across 9 Countries shows/);
    expect(items[4]).toMatchObject({ author: { displayName: 'Nikita Bier', verified: true } });
    expect(items[4]?.text).toMatch(/^I spent 10 minutes prompting Deep Research/);
    expect(items[5]?.text).toBe(''); // media-only post: 5 of the 6 have tweetText
    expect(items.filter((i) => i?.text).length).toBe(5);
    for (const el of els)
      expect(adapter.replyButton(el)?.getAttribute('aria-label')).toMatch(/Replies\. Reply$/);
    expect(adapter.replyButton(els[0]!)?.getAttribute('aria-label')).toBe('3 Replies. Reply');
    const box = adapter.replyBox(els[0]!);
    expect(box?.kind).toBe('draftjs');
    expect(box?.element.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(box?.element.getAttribute('aria-label')).toBe('Post text');
    for (const el of els) expect(el.contains(adapter.uiAnchor(el))).toBe(true);
  });

  test('twitter-3 (one anonymised cell, relative hrefs)', () => {
    const doc = load('twitter-3', 'https://x.com/home');
    const items = extractAll(doc);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: 'x:1981398750557065646',
      permalink: 'https://x.com/TestUser123/status/1981398750557065646',
      time: '2025-10-23T16:34:09.000Z',
      author: { displayName: 'Test User Account', handle: 'testuser123', verified: true, followers: null },
    });
    expect(items[0]?.text).toMatch(/^Democrat Shutdown Jeopardizes America's Skies/);
    expect(adapter.replyButton(itemsOf(doc)[0]!)?.getAttribute('aria-label')).toBe('48 Replies. Reply');
    expect(adapter.replyBox(itemsOf(doc)[0]!)).toBeNull();
  });

  test('twitter-4 (quote tweet): the outer author and text, not the quoted ones', () => {
    const doc = load('twitter-4', 'https://x.com/TestQuoter/status/1983130065320780162');
    const items = extractAll(doc);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: 'x:1983130065320780162',
      author: { displayName: 'Test Quoter', handle: 'testquoter', verified: true },
    });
    expect(items[0]?.text).toMatch(/^This is a quote tweet with additional commentary/);
    expect(items[0]?.text).not.toContain('original quoted');
  });

  test('twitter-5 (2026 profile): 6 posts, pinned duplicate kept unique, 239.8M followers on own posts', () => {
    const doc = load('twitter-5', 'https://x.com/elonmusk');
    const els = itemsOf(doc);
    const items = extractAll(doc);
    expect(els).toHaveLength(6);
    expect(items.map((i) => i?.id)).toEqual([
      'x:2055008501722943750:pinned',
      'x:2055008501722943750',
      'x:2055161002694758679',
      'x:2055155949242114463',
      'x:2055155618055635364',
      'x:2055142313412948363',
    ]);
    for (const i of items) {
      expect(i?.author).toEqual({
        displayName: 'Elon Musk',
        handle: 'elonmusk',
        profileUrl: 'https://x.com/elonmusk',
        verified: true,
        followers: 239_800_000,
      });
    }
    expect(items[2]?.text).toBe('Default is vim keybindings btw');
    expect(items[4]?.text).toBe('True'); // quotes @cb_doge; the quoted text is not the item's
    expect(items[0]?.text).toMatch(/^Try this early Grok Build/);
    expect(items[3]?.text).toBe(''); // the video post
    expect(items[2]?.permalink).toBe('https://x.com/elonmusk/status/2055161002694758679');
    expect(adapter.replyButton(els[0]!)?.getAttribute('aria-label')).toBe('4186 Replies. Reply');
    expect(adapter.replyButton(els[3]!)?.getAttribute('aria-label')).toBe('10650 Replies. Reply');
    expect(adapter.replyBox(els[0]!)).toBeNull(); // no composer on this page (only Draft.js CSS)
  });
});
