import { describe, expect, test } from 'vitest';
import { loadCapture } from './capture';
import { facebookAdapter as adapter } from '@/sites/facebook';

const load = (name: string, url: string) => loadCapture('facebook', name, url);
const itemsOf = (doc: Document) => [...doc.querySelectorAll(adapter.itemSelector)];

describe('facebook adapter', () => {
  test('matches facebook.com hosts only', () => {
    expect(adapter.matches(new URL('https://www.facebook.com/'))).toBe(true);
    expect(adapter.matches(new URL('https://web.facebook.com/x'))).toBe(true);
    expect(adapter.matches(new URL('https://facebook.com.example/'))).toBe(false);
  });

  test('facebook-1 (photo permalink, Arabic UI): the post, its Comment button and the Lexical composer', () => {
    const doc = load(
      'facebook-1',
      'https://www.facebook.com/photo/?fbid=381699338007666&set=a.117960577714878',
    );
    const els = itemsOf(doc);
    expect(els).toHaveLength(3); // the post + two empty placeholder articles
    const items = els.map((el) => adapter.extract(el));
    expect(items.filter((i) => i !== null)).toHaveLength(1);
    const post = items[0]!;
    expect(post).toMatchObject({
      platform: 'facebook',
      id: 'facebook:pfbid0M6bXtZcrWRjzkDX28LHZa4MfvawSnnozgWVDuX9CjDHTTdgFLzHDb9XVZsHQaiUql',
      permalink:
        'https://www.facebook.com/permalink.php?story_fbid=pfbid0M6bXtZcrWRjzkDX28LHZa4MfvawSnnozgWVDuX9CjDHTTdgFLzHDb9XVZsHQaiUql&id=100085028081932',
      time: null,
      author: {
        displayName: 'الدراما الهندي TV',
        handle: '100085028081932',
        profileUrl: 'https://www.facebook.com/profile.php?id=100085028081932',
        verified: false,
        followers: null,
      },
    });
    expect(post.text).toMatch(/^الضائع فى الحب الحلقة 1155مترجمة/);
    expect(adapter.replyButton(els[0]!)?.getAttribute('aria-label')).toBe('كتابة تعليق'); // "Write a comment"
    const box = adapter.replyBox(els[0]!);
    expect(box?.kind).toBe('lexical');
    expect(box?.element.getAttribute('aria-label')).toBe('اكتب تعليقًا...');
    expect(box?.element.closest('[role="dialog"]')).not.toBeNull();
  });

  test('facebook-2 (post dialog, logged out): the post + 10 comments', () => {
    const doc = load(
      'facebook-2',
      'https://www.facebook.com/salmanmd.sultan.1/posts/pfbid02pmb12q1MvJtRmoNbehRRgzd48vLkUZca1mV5L4AKZq4MsLK52Kgmjag2hvQoFQwhl',
    );
    const els = itemsOf(doc);
    expect(els).toHaveLength(11);
    const items = els.map((el) => adapter.extract(el));
    expect(items.every((i) => i !== null)).toBe(true);
    expect(new Set(items.map((i) => i?.id)).size).toBe(11);
    const postUrl =
      'https://www.facebook.com/salmanmd.sultan.1/posts/pfbid02pmb12q1MvJtRmoNbehRRgzd48vLkUZca1mV5L4AKZq4MsLK52Kgmjag2hvQoFQwhl';
    expect(items[0]).toMatchObject({
      id: 'facebook:pfbid02pmb12q1MvJtRmoNbehRRgzd48vLkUZca1mV5L4AKZq4MsLK52Kgmjag2hvQoFQwhl',
      permalink: postUrl,
      author: { displayName: 'Salman Mohammad Sultan', handle: 'salmanmd.sultan.1' },
    });
    expect(items[0]?.text).toContain('System Design');
    const comments = items.slice(1);
    expect(comments).toHaveLength(10);
    for (const [n, el] of els.slice(1).entries()) {
      expect(el.getAttribute('aria-label')).toBe('Comment by Salman Mohammad Sultan a week ago');
      expect(comments[n]?.author).toEqual({
        displayName: 'Salman Mohammad Sultan',
        handle: 'salmanmd.sultan.1',
        profileUrl: 'https://www.facebook.com/salmanmd.sultan.1',
        verified: false,
        followers: null,
      });
    }
    expect(comments[0]).toMatchObject({
      id: 'facebook:Y29tbWVudDozNzQxNzM4MDI5NDUwMTU5XzE3NzI1MjE4MDAzNjg3NzQ=',
      permalink: `${postUrl}?comment_id=Y29tbWVudDozNzQxNzM4MDI5NDUwMTU5XzE3NzI1MjE4MDAzNjg3NzQ%3D`,
    });
    expect(comments[0]?.text).toMatch(/^Mehedi Hasan ধন্যবাদ , আগ্রহ প্রকাশ করার জন্য! আমাদের ঈদ স্পেশাল/);
    expect(comments[0]?.text).toContain('Coupon Code: EIDGIFT2025');
    expect(comments[0]?.text).not.toContain('Salman Mohammad Sultan'); // the name link is not text
    expect(comments[1]?.text).toMatch(/^Kawsar Ahmed ধন্যবাদ/);
    // the post's Comment button; logged out: no Reply buttons on comments, no composer
    expect(adapter.replyButton(els[0]!)?.textContent?.trim()).toBe('Comment');
    for (const el of els.slice(1)) expect(adapter.replyButton(el)).toBeNull();
    for (const el of els) expect(adapter.replyBox(el)).toBeNull();
  });
});
