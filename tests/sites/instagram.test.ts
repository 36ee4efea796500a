import { describe, expect, test } from 'vitest';
import { loadCapture } from './capture';
import { instagramAdapter as adapter } from '@/sites/instagram';
import { instagramSelectors } from '@/sites/instagram/selectors';

const load = (name: string, url: string) => loadCapture('instagram', name, url);
const itemsOf = (doc: Document) => [...doc.querySelectorAll(adapter.itemSelector)];

describe('instagram adapter', () => {
  test('matches instagram.com only', () => {
    expect(adapter.matches(new URL('https://www.instagram.com/p/DHBZN01N-Ht/'))).toBe(true);
    expect(adapter.matches(new URL('https://instagram.com.example/'))).toBe(false);
  });

  test('instagram-1 (comments panel): 122 comment rows incl. replies and a GIF comment', () => {
    const doc = load('instagram-1', 'https://www.instagram.com/p/DHBZN01N-Ht/');
    // happy-dom over-matches the :has() selector; extract() keeps exactly the rows (Chrome matches 122).
    const candidates = itemsOf(doc);
    // The avatar at row depth: 122 comment rows + the post caption (no second column: not an item).
    expect(candidates.filter((el) => el.querySelector(instagramSelectors.rowShape))).toHaveLength(123);
    const rows = candidates.filter((el) => adapter.extract(el) !== null);
    expect(rows).toHaveLength(122);
    const items = rows.map((el) => adapter.extract(el)).filter((i) => i !== null);
    expect(items).toHaveLength(122);
    expect(new Set(items.map((i) => i.id)).size).toBe(122);
    expect(items.filter((i) => i.author.verified)).toHaveLength(5);
    expect(items.filter((i) => i.time !== null)).toHaveLength(121); // the GIF comment has no time link
    expect(items[0]).toEqual({
      platform: 'instagram',
      id: 'instagram:18073617328774632',
      author: {
        displayName: 'aabhishekchandraa',
        handle: 'aabhishekchandraa',
        profileUrl: 'https://www.instagram.com/aabhishekchandraa/',
        verified: true,
        followers: null,
      },
      text: 'Beautiful',
      permalink: 'https://www.instagram.com/p/DHBZN01N-Ht/c/18073617328774632/',
      time: '2025-03-10T14:40:49.000Z',
    });
    expect(items[1]).toMatchObject({
      id: 'instagram:18064224868939455',
      text: 'price please',
      author: { handle: 'lubna_mjd' },
    });
    // replies are rows of their own; a mention stays in the text
    expect(items[2]).toMatchObject({ author: { handle: 'saniaamroz' }, text: '@lubna_mjd' });
    expect(items[3]).toMatchObject({ author: { handle: 'areebabutt253' }, text: '@lubna_mjd 14500' });
    const gif = items.find((i) => i.id.startsWith('instagram:h'));
    expect(gif).toMatchObject({
      author: { handle: 'shafqat.sabri.96' },
      text: '',
      permalink: '',
      time: null,
    });
    expect(items.map((i) => i.author.handle)).toContain('nusrat.sultana.official');
    for (const el of rows) {
      expect(adapter.replyButton(el)?.textContent?.trim()).toBe('Reply');
      expect(el.contains(adapter.uiAnchor(el))).toBe(true);
    }
    expect(adapter.replyBox(rows[0]!)).toBeNull(); // panel only, no comment box in the capture
  });
});
