import { describe, expect, test } from 'vitest';
import { loadCapture } from './capture';
import { linkedinAdapter as adapter } from '@/sites/linkedin';

const load = (name: string, url: string) => loadCapture('linkedin', name, url);
const itemsOf = (doc: Document) => [...doc.querySelectorAll(adapter.itemSelector)];

describe('linkedin adapter', () => {
  test('matches linkedin.com incl. country subdomains', () => {
    expect(adapter.matches(new URL('https://www.linkedin.com/feed/'))).toBe(true);
    expect(adapter.matches(new URL('https://sg.linkedin.com/in/vikas-negi-16572819'))).toBe(true);
    expect(adapter.matches(new URL('https://linkedin.com.example/'))).toBe(false);
  });

  test('linkedin-1 (Ember feed 2022): 5 posts + 1 comment, company follower counts, Quill box', () => {
    const doc = load('linkedin-1', 'https://www.linkedin.com/feed/');
    const els = itemsOf(doc);
    expect(els).toHaveLength(6);
    const items = els.map((el) => adapter.extract(el));
    expect(items.every((i) => i !== null)).toBe(true);
    expect(new Set(items.map((i) => i?.id)).size).toBe(6);
    expect(items.map((i) => i?.author.handle)).toEqual([
      'tirthajyoti-sarkar',
      'dipanzan',
      'fact-of-the-day-1',
      'ankitrathi',
      'rippling',
      'cleartrip',
    ]);
    expect(items[0]).toMatchObject({
      platform: 'linkedin',
      id: 'linkedin:activity:6928572401169432576',
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:6928572401169432576/',
      time: null,
      author: {
        displayName: 'Tirthajyoti Sarkar',
        profileUrl: 'https://www.linkedin.com/in/tirthajyoti-sarkar/',
        followers: null, // a person's headline is not a count
      },
    });
    expect(items[0]?.text).toMatch(/^I am a "SMALL DATA" guy\. Always have been\. I am most excited/);
    expect(items[0]?.text).not.toContain("That's what matters"); // the comment is its own item
    const comment = items[1]!;
    expect(comment).toMatchObject({
      id: 'linkedin:comment:6928572358391726080',
      permalink:
        'https://www.linkedin.com/feed/update/urn:li:activity:6928554449615413248/?commentUrn=' +
        encodeURIComponent('urn:li:comment:(activity:6928554449615413248,6928572358391726080)'),
      author: { displayName: 'Dipanjan Sarkar', profileUrl: 'https://www.linkedin.com/in/dipanzan/' },
    });
    expect(comment.text).toMatch(/^That's what matters at the end of the day/);
    expect(items[2]).toMatchObject({ author: { displayName: 'Fact of the Day 1', followers: 41_656 } });
    expect(items[4]?.author.followers).toBe(33_133);
    expect(items[5]?.author.followers).toBe(148_076);
    // buttons: the post's Comment, the comment's Reply
    expect(adapter.replyButton(els[0]!)?.getAttribute('aria-label')).toBe(
      'Comment on Tirthajyoti Sarkar’s post',
    );
    expect(adapter.replyButton(els[1]!)?.getAttribute('aria-label')).toBe(
      'Reply to Dipanjan Sarkar’s comment',
    );
    // Quill comment box of the first post; the comment falls back to it
    for (const el of els.slice(0, 2)) {
      const box = adapter.replyBox(el);
      expect(box?.kind).toBe('quill');
      expect(box?.element.getAttribute('data-placeholder')).toBe('Add a comment…');
    }
    expect(adapter.replyBox(els[2]!)).toBeNull();
  });

  test('linkedin-2 (SDUI feed 2026): 8 listitems, 7 posts (one course promo has no author)', () => {
    const doc = load('linkedin-2', 'https://www.linkedin.com/feed/');
    const els = itemsOf(doc);
    expect(els).toHaveLength(8);
    const items = els.map((el) => adapter.extract(el));
    expect(items[4]).toBeNull();
    const posts = items.filter((i) => i !== null);
    expect(posts).toHaveLength(7);
    expect(new Set(posts.map((i) => i.id)).size).toBe(7);
    expect(posts.map((i) => i.author.displayName)).toEqual([
      'Elvis S.',
      'Microsoft Azure',
      'Google for Developers',
      'Mohd Intzar Ali',
      'Tableau',
      'Aurimas Griciūnas', // "NVIDIA AI" above is the social context, not the author
      'Khushi Patel',
    ]);
    expect(posts[0]).toMatchObject({
      author: { handle: 'omarsar', profileUrl: 'https://www.linkedin.com/in/omarsar/', followers: null },
      permalink: '',
    });
    expect(posts[0]?.id).toMatch(/^linkedin:h[0-9a-z]+$/);
    expect(posts[0]?.text).toMatch(/^NEW paper from Microsoft\./);
    // "Raparthi Pranathi and Shiva Sai Marelly like this" is context; the author is the company
    expect(posts[1]).toMatchObject({ author: { handle: 'microsoft-azure', followers: 1_033_746 } });
    expect(posts[4]).toMatchObject({ author: { handle: 'tableau-software', followers: 1_156_758 } });
    expect(posts[3]?.author.handle).toBe('mohd-intzar-ali-37a4543b7');
    for (const el of els) expect(adapter.replyButton(el)?.textContent?.trim()).toBe('Comment');
    expect(adapter.replyBox(els[0]!)).toBeNull();
    // the same DOM again gives the same ids (hash of author + text)
    expect(
      itemsOf(load('linkedin-2', 'https://www.linkedin.com/feed/')).map((el) => adapter.extract(el)?.id),
    ).toEqual(items.map((i) => i?.id));
  });

  test('linkedin-3 (public post page, logged out): 10 comments', () => {
    const doc = load(
      'linkedin-3',
      'https://www.linkedin.com/posts/tech-mahindra_happymothersday-lovetobetechm-mothersday-activity-7195255465402904576-IJWc',
    );
    const els = itemsOf(doc);
    expect(els).toHaveLength(10);
    const items = els.map((el) => adapter.extract(el));
    expect(items.every((i) => i !== null)).toBe(true);
    expect(new Set(items.map((i) => i?.id)).size).toBe(10);
    expect(items[0]).toEqual({
      platform: 'linkedin',
      id: 'linkedin:comment:7195965682205798400',
      author: {
        displayName: 'VIKAS NEGI',
        handle: 'vikas-negi-16572819',
        profileUrl: 'https://www.linkedin.com/in/vikas-negi-16572819/',
        verified: false,
        followers: null,
      },
      text: 'Happy Mother’s Day',
      permalink:
        'https://www.linkedin.com/feed/update/urn:li:activity:7195255465402904576/?commentUrn=' +
        encodeURIComponent('urn:li:comment:(urn:li:activity:7195255465402904576,7195965682205798400)'),
      time: null,
    });
    expect(items[1]).toMatchObject({ author: { displayName: 'Yochana', handle: 'yochana' } });
    expect(items[1]?.author.profileUrl).toBe('https://www.linkedin.com/company/yochana/');
    expect(items[7]).toMatchObject({ text: 'Tolle Idee', author: { displayName: 'Ernst H.' } });
    for (const el of els) expect(adapter.replyButton(el)).not.toBeNull();
    for (const el of els) expect(adapter.replyBox(el)).toBeNull();
  });
});
