import { describe, expect, test } from 'vitest';
import { loadCapture } from './capture';
import { mastodonAdapter as adapter } from '@/sites/mastodon';
import { isMastodonHost, isMastodonPage, normalizeInstance } from '@/sites/mastodon/instances';

const load = (name: string, url: string) => loadCapture('mastodon', name, url);
const itemsOf = (doc: Document) => [...doc.querySelectorAll(adapter.itemSelector)];

describe('mastodon instances', () => {
  test('default list, custom instances, normalisation', () => {
    expect(isMastodonHost('mastodon.social')).toBe(true);
    expect(isMastodonHost('Hachyderm.IO')).toBe(true);
    expect(isMastodonHost('social.example.org')).toBe(false);
    expect(isMastodonHost('social.example.org', ['https://Social.Example.org/@me'])).toBe(true);
    expect(normalizeInstance(' https://www.Masto.ES/home ')).toBe('masto.es');
    expect(normalizeInstance('not a host')).toBe('');
    expect(adapter.matches(new URL('https://mastodon.social/home'))).toBe(true);
    expect(adapter.matches(new URL('https://example.com/home'))).toBe(false);
  });

  test('isMastodonPage recognises the web UI by its DOM, not its domain', () => {
    expect(isMastodonPage(load('mastodon-1', 'https://toot.example.net/home'))).toBe(true);
    const other = new DOMParser().parseFromString(
      '<html><body><div id="root"></div></body></html>',
      'text/html',
    );
    expect(isMastodonPage(other)).toBe(false);
  });
});

describe('mastodon adapter', () => {
  test('mastodon-1 (mastodon.social home, 2026): 2 posts, not the Who-to-follow carousel', () => {
    const doc = load('mastodon-1', 'https://mastodon.social/home');
    expect(doc.querySelectorAll('div[role="feed"] > article[data-id]')).toHaveLength(3);
    const els = itemsOf(doc);
    expect(els).toHaveLength(2);
    const items = els.map((el) => adapter.extract(el));
    expect(items[0]).toEqual({
      platform: 'mastodon',
      id: 'mastodon:115327477697694166',
      author: {
        displayName: 'Ali Najafi',
        handle: 'najafialiai', // local account: no instance part
        profileUrl: 'https://mastodon.social/@najafialiai',
        verified: false,
        followers: null,
      },
      text: 'Hello World',
      permalink: 'https://mastodon.social/@najafialiai/115327477697694166',
      time: '2025-10-06T13:34:15.296Z',
    });
    // a boost: the boosted post's author (not the booster, Onur Varol), the boost's own id
    expect(items[1]).toMatchObject({
      id: 'mastodon:109345974552194070',
      author: {
        displayName: 'pedram ✅️',
        handle: 'pedram@sfba.social', // remote account: full user@instance
        profileUrl: 'https://mastodon.social/@pedram@sfba.social',
        verified: false,
        followers: null,
      },
      permalink: 'https://mastodon.social/@pedram@sfba.social/109332146500492767',
      time: '2022-11-12T18:02:33.000Z',
    });
    expect(items[1]?.text).toMatch(
      /^With so many new people joining Mastodon, here’s a few things to note: 1\. know your server admin/,
    );
    expect(items[1]?.text).toContain('https://www.intego.com/mac-security-blog/mastodon-safety');
    for (const el of els) {
      const button = adapter.replyButton(el);
      expect(button?.getAttribute('aria-label')).toBe('Reply');
      expect(el.contains(adapter.uiAnchor(el))).toBe(true);
    }
    expect(adapter.replyButton(els[1]!)?.textContent?.trim()).toBe('8');
    const box = adapter.replyBox(els[1]!);
    expect(box?.kind).toBe('textarea');
    expect(box?.element.getAttribute('placeholder')).toBe("What's on your mind?");
    // the carousel article itself extracts to nothing
    const carousel = doc.querySelector('article[data-id="inline-follow-suggestions"]')!;
    expect(adapter.extract(carousel)).toBeNull();
  });
});
