import { describe, expect, test } from 'vitest';
import { loadCapture } from './capture';
import { channelOwner, youtubeAdapter as adapter } from '@/sites/youtube';

const load = (name: string, url: string) => loadCapture('youtube', name, url);
const itemsOf = (doc: Document) => [...doc.querySelectorAll(adapter.itemSelector)];

describe('youtube adapter', () => {
  test('matches youtube.com hosts only', () => {
    expect(adapter.matches(new URL('https://www.youtube.com/watch?v=0J2_YGuNrDo'))).toBe(true);
    expect(adapter.matches(new URL('https://m.youtube.com/watch?v=x'))).toBe(true);
    expect(adapter.matches(new URL('https://youtube.com.example.org/'))).toBe(false);
  });

  test('youtube-1 (2018 Polymer): 35 comments incl. replies, channel paths as handles, owner 617K', () => {
    const doc = load('youtube-1', 'https://www.youtube.com/watch?v=gOsERJzMhLc');
    const els = itemsOf(doc);
    expect(els).toHaveLength(35);
    expect(doc.querySelectorAll('ytd-comment-thread-renderer')).toHaveLength(20);
    const items = els.map((el) => adapter.extract(el));
    expect(items.every((i) => i !== null)).toBe(true);
    expect(new Set(items.map((i) => i?.id)).size).toBe(35);
    expect(items[0]).toMatchObject({
      platform: 'youtube',
      id: 'youtube:UgwxU_rG6LuDaKqLn1t4AaABAg',
      permalink: 'https://www.youtube.com/watch?v=gOsERJzMhLc&lc=UgwxU_rG6LuDaKqLn1t4AaABAg',
      time: null,
      author: {
        displayName: 'booksbagsandscents',
        handle: 'ucu-seaahfi79buuu5awdvja',
        profileUrl: 'https://www.youtube.com/channel/UCu-seaAhfi79bUUu5AwDvjA',
        verified: false,
        followers: null,
      },
    });
    expect(items[0]?.text).toMatch(/^I never buy any tech before checking you/);
    expect(items[1]).toMatchObject({ author: { displayName: 'Cotictimmy', handle: 'cotictimmy' } });
    // a reply: its id carries the parent's id
    const reply = items.find((i) => i?.author.handle === 'sdushdiu');
    expect(reply?.id).toBe('youtube:Ugzrp0E4ewPKweJx_PJ4AaABAg.8eqAcPCSWNh8eqBVcr3WVB');
    expect(reply?.text).toBe('and dim.....');
    // The channel shows 617K subscribers, but it wrote none of these comments: no item gets the count.
    const o = channelOwner(doc);
    expect(o.count).toBe(617_000);
    expect([...o.handles]).toEqual(expect.arrayContaining(['mobiletechreview', 'ucw6j17hz_vgr6cqgd_kht5a']));
    expect(items.every((i) => i?.author.followers === null)).toBe(true);
    for (const el of els) expect(adapter.replyButton(el)?.textContent?.trim()).toBe('Reply');
    // only the "Commenting publicly as …" placeholder: no editor until clicked
    expect(adapter.replyBox(els[0]!)).toBeNull();
  });

  test('youtube-2 (2026 view-model): 20 top-level comments, @handles, creator comment gets 112K', () => {
    const doc = load('youtube-2', 'https://www.youtube.com/watch?v=0J2_YGuNrDo');
    const els = itemsOf(doc);
    expect(els).toHaveLength(20);
    expect(els.every((el) => el.tagName === 'YTD-COMMENT-VIEW-MODEL')).toBe(true);
    const items = els.map((el) => adapter.extract(el));
    expect(new Set(items.map((i) => i?.id)).size).toBe(20);
    expect(items[0]).toMatchObject({
      id: 'youtube:UgybxalwWx4F5-BDC4V4AaABAg',
      permalink: 'https://www.youtube.com/watch?v=0J2_YGuNrDo&lc=UgybxalwWx4F5-BDC4V4AaABAg',
      author: {
        displayName: '@graceleungyl',
        handle: 'graceleungyl',
        profileUrl: 'https://www.youtube.com/@graceleungyl',
        verified: true,
        followers: 112_000,
      },
    });
    expect(items[0]?.text).toMatch(/^Any topics related to Claude Code we sho/);
    expect(items[1]).toMatchObject({
      author: { handle: 'ariannchgdgritopher', verified: false, followers: null },
    });
    expect(items[1]?.text).toMatch(/^I’m ready to explain this to strangers/);
    // tracking parameter dropped from the permalink
    const james = items.find((i) => i?.author.handle === 'jamessteelplus');
    expect(james?.permalink).toBe(
      'https://www.youtube.com/watch?v=0J2_YGuNrDo&lc=Ugz7DCS7WirIxk_aI5R4AaABAg',
    );
    expect(items.filter((i) => i?.author.followers !== null)).toHaveLength(1);
    expect(channelOwner(doc).count).toBe(112_000);
    for (const el of els) {
      const button = adapter.replyButton(el);
      expect(button?.tagName).toBe('BUTTON');
      expect(button?.getAttribute('aria-label')).toBe('Reply');
    }
    expect(adapter.replyBox(els[0]!)).toBeNull(); // placeholder only ("Add a comment...")
    for (const el of els) expect(el.contains(adapter.uiAnchor(el))).toBe(true);
  });
});
