import { describe, expect, test } from 'vitest';
import { loadCapture } from './capture';
import { tiktokAdapter as adapter } from '@/sites/tiktok';

const load = (name: string, url: string) => loadCapture('tiktok', name, url);
const itemsOf = (doc: Document) => [...doc.querySelectorAll(adapter.itemSelector)];

describe('tiktok adapter', () => {
  test('matches tiktok.com only', () => {
    expect(
      adapter.matches(new URL('https://www.tiktok.com/@chinese_artist176/video/7507673491211029803')),
    ).toBe(true);
    expect(adapter.matches(new URL('https://tiktok.com.example/'))).toBe(false);
  });

  test('tiktok-1 (video page, logged out): 23 comments = 20 top-level + 3 replies', () => {
    const doc = load('tiktok-1', 'https://www.tiktok.com/@chinese_artist176/video/7507673491211029803');
    const els = itemsOf(doc);
    expect(els).toHaveLength(23);
    expect(doc.querySelectorAll('div[class*="DivCommentObjectWrapper"]')).toHaveLength(20);
    const items = els.map((el) => adapter.extract(el));
    expect(items.every((i) => i !== null)).toBe(true);
    // ALI SHER wrote "cl" both as a reply and as a comment: the ids still differ
    expect(new Set(items.map((i) => i?.id)).size).toBe(23);
    const video = 'https://www.tiktok.com/@chinese_artist176/video/7507673491211029803';
    expect(items[0]).toEqual({
      platform: 'tiktok',
      id: expect.stringMatching(/^tiktok:h[0-9a-z]+$/),
      author: {
        displayName: 'asma',
        handle: 'asma85000',
        profileUrl: 'https://www.tiktok.com/@asma85000',
        verified: false,
        followers: null,
      },
      text: 'Paris',
      permalink: video,
      time: null,
    });
    expect(items[1]).toMatchObject({
      text: 'cl',
      author: { displayName: 'ALI SHER', handle: 'ali.sher47460' },
    });
    expect(items[2]).toMatchObject({ text: '500 🤭', author: { handle: 'viralbee6' } });
    expect(items[9]).toMatchObject({ text: 'cl', author: { handle: 'ali.sher47460' } });
    expect(items[7]).toMatchObject({ author: { displayName: 'user41051723344', handle: 'suffirang' } });
    expect(items[22]).toMatchObject({
      text: "how are you I'm from Pakistan",
      author: { handle: 'user292187745' },
    });
    // stable: a fresh parse of the same page gives the same ids
    const again = itemsOf(load('tiktok-1', video)).map((el) => adapter.extract(el)?.id);
    expect(again).toEqual(items.map((i) => i?.id));
    for (const el of els) {
      const button = adapter.replyButton(el);
      expect(button?.getAttribute('role')).toBe('button');
      expect(button?.getAttribute('aria-label')).toBe('Reply');
      expect(el.contains(adapter.uiAnchor(el))).toBe(true);
    }
    expect(adapter.replyBox(els[0]!)).toBeNull(); // logged out: no comment input
  });
});
