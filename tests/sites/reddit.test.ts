import { describe, expect, test } from 'vitest';
import { loadCapture } from './capture';
import { redditAdapter as adapter } from '@/sites/reddit';

const load = (name: string, url: string) => loadCapture('reddit', name, url);
const itemsOf = (doc: Document) => [...doc.querySelectorAll(adapter.itemSelector)];

describe('reddit adapter', () => {
  test('matches reddit.com incl. old. and new.', () => {
    for (const u of [
      'https://www.reddit.com/r/aww/',
      'https://old.reddit.com/r/aww/',
      'https://new.reddit.com/',
    ])
      expect(adapter.matches(new URL(u))).toBe(true);
    expect(adapter.matches(new URL('https://notreddit.com/'))).toBe(false);
  });

  test('reddit-1 (old.reddit, logged out): 197 comments', () => {
    const doc = load(
      'reddit-1',
      'https://old.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/',
    );
    const els = itemsOf(doc);
    expect(els).toHaveLength(197);
    const items = els.map((el) => adapter.extract(el));
    expect(items.every((i) => i !== null)).toBe(true);
    expect(new Set(items.map((i) => i?.id)).size).toBe(197);
    expect(items[0]).toMatchObject({
      platform: 'reddit',
      id: 'reddit:t1_dxr0evr',
      time: '2018-04-21T21:36:45+00:00',
      permalink:
        'https://old.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/dxr0evr/',
      author: {
        displayName: 'Brookefemale',
        handle: 'brookefemale',
        profileUrl: 'https://www.reddit.com/user/Brookefemale/',
        verified: false,
        followers: null,
      },
    });
    expect(items[0]?.text).toMatch(/^Bonus pics of Ben on a walk\/ chillin lik/);
    // the first comment has 27 descendants; its own text must not include theirs
    expect(items[0]?.text.length).toBeLessThan(200);
    expect(items[1]).toMatchObject({ id: 'reddit:t1_dxr2q90', author: { handle: 'glitterpig09' } });
    expect(items[1]?.text).toMatch(/^Ben is adorable! Is that the cardboard h/);
    expect(items.filter((i) => i?.author.handle === 'brookefemale').length).toBe(
      doc.querySelectorAll('div.thing.comment[data-author="Brookefemale"]').length,
    );
    for (const el of els) expect(adapter.replyButton(el)?.textContent).toBe('reply');
    expect(adapter.replyBox(els[0]!)).toBeNull(); // only the sign-up bar's fake textarea
    for (const el of els) expect(el.contains(adapter.uiAnchor(el))).toBe(true);
  });

  test('reddit-2 (shreddit, logged in): 30 comments, Lexical reply box', () => {
    const doc = load('reddit-2', 'https://www.reddit.com/r/aivideos/comments/1ooeuoq/which_one_is_ai/');
    const els = itemsOf(doc);
    expect(els).toHaveLength(30);
    const items = els.map((el) => adapter.extract(el));
    expect(items.every((i) => i !== null)).toBe(true);
    expect(new Set(items.map((i) => i?.id)).size).toBe(30);
    expect(items[0]).toMatchObject({
      id: 'reddit:t1_nn3jhgn',
      text: 'Yay, I got them all right!',
      time: '2025-11-04T18:29:23.309Z',
      permalink: 'https://www.reddit.com/r/aivideos/comments/1ooeuoq/comment/nn3jhgn/',
      author: {
        displayName: 'NoiseCorrelation',
        handle: 'noisecorrelation',
        profileUrl: 'https://www.reddit.com/user/NoiseCorrelation/',
      },
    });
    expect(items[1]).toMatchObject({ id: 'reddit:t1_nn3raa1', author: { handle: 'azalot1337' } });
    expect(items[1]?.text).toBe("me too, i'm glad i found it pretty easy too");
    expect(items[2]?.text).toMatch(/^It's tricky because of the short amount of time you get to c/);
    const deleted = items.find((i) => i?.id === 'reddit:t1_nn4z2bx');
    expect(deleted?.author).toEqual({
      displayName: '',
      handle: '',
      profileUrl: '',
      verified: false,
      followers: null,
    });
    for (const el of els) expect(adapter.replyButton(el)?.tagName).toBe('BUTTON');
    const box = adapter.replyBox(els[0]!);
    expect(box?.kind).toBe('lexical');
    expect(box?.element.getAttribute('aria-placeholder')).toBe('Add your reply');
    expect(box?.element.getAttribute('data-lexical-editor')).toBe('true');
    const anchor = adapter.uiAnchor(els[0]!);
    expect(anchor.getAttribute('slot')).toBe('commentMeta');
  });
});
