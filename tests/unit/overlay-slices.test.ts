import { afterEach, describe, expect, it, vi } from 'vitest';
import { startOverlay, type Overlay, type Tagger } from '@/components/overlay/overlay';
import type { ItemTag } from '@/messaging/protocol';
import { demoAdapter } from '@/sites/demo';

const COMMENTS = 600;
const comment = (i: number) =>
  `<article class="demo-comment" data-comment-id="c${i}"><header class="demo-meta"><a class="demo-author" href="/u/u${i}">User ${i}</a><span class="demo-handle">@u${i}</span></header><p class="demo-text">Comment ${i}</p></article>`;
const tag: ItemTag = {
  lang: 'es',
  sentiment: 'neutral',
  intent: [],
  reasons: '',
  flag: '',
  flagAutomatic: false,
  flagReason: '',
  flagNote: '',
};
const handlers = { onReply() {}, onFlag() {}, onBadge() {}, onEscalate() {} };
const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));
const annotated = () => document.querySelectorAll('[data-vocero-sentiment]').length;

let overlay: Overlay | undefined;
afterEach(() => {
  overlay?.stop();
  document.body.innerHTML = '';
});

describe('overlay: a batch of tags', () => {
  it('is shown in slices that yield to the page, and every item gets its tag', async () => {
    document.body.innerHTML = `<main>${Array.from({ length: COMMENTS }, (_, i) => comment(i)).join('')}</main>`;
    // The page is read in one slice (the clock stands still), then the clock moves 0.1 ms per reading
    // while the tags are shown: a slice of 8 ms covers a few dozen items.
    let now = 0;
    let ticking = false;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += ticking ? 0.1 : 0));
    const answers: (() => void)[] = [];
    const batches: number[] = [];
    const tagger: Tagger = (items) => {
      batches.push(items.length);
      return new Promise((resolve) => answers.push(() => resolve(items.map(() => tag))));
    };
    overlay = startOverlay(demoAdapter, tagger, handlers, document.body);
    for (let i = 0; i < 100 && batches.reduce((a, b) => a + b, 0) < COMMENTS; i++) await macrotask();
    expect(batches).toEqual([500, 100]); // one message carries at most 500 items
    ticking = true;
    for (const answer of answers) answer();
    const seen: number[] = [];
    for (let i = 0; i < 100 && annotated() < COMMENTS; i++) {
      await macrotask();
      seen.push(annotated());
    }
    expect(annotated()).toBe(COMMENTS);
    // More than one task did it, and none did it all.
    expect(seen.filter((count, i) => count > (seen[i - 1] ?? 0)).length).toBeGreaterThan(2);
    expect(seen[0]).toBeLessThan(COMMENTS);
  });
});
