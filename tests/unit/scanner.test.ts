import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Scanner } from '@/components/overlay/scanner';

let root: HTMLElement;
let processed: string[];
let scanner: Scanner<string>;

const item = (id: string, text = `text ${id}`) => {
  const el = document.createElement('article');
  el.className = 'item';
  el.dataset.id = id;
  el.innerHTML = `<p></p>`;
  el.querySelector('p')!.textContent = text;
  return el;
};
const flush = async () => {
  for (let i = 0; i < 50 && !scanner.isIdle(); i++) await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => setTimeout(r, 0));
};
const setHidden = (hidden: boolean) => {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
};

function start(sliceMs = 8) {
  scanner = new Scanner({
    root,
    itemSelector: 'article.item',
    isOwnNode: (node) => node.nodeName.toLowerCase() === 'vocero-ui',
    // Like an adapter: the item's id and its own text element, not everything under it.
    read: (el) =>
      el.getAttribute('data-id')
        ? `${el.getAttribute('data-id')}|${el.querySelector(':scope > p')?.textContent}`
        : null,
    same: (a, b) => a === b,
    process: (el) => processed.push(el.getAttribute('data-id')!),
    sliceMs,
  });
  scanner.start();
}

beforeEach(() => {
  root = document.createElement('main');
  document.body.append(root);
  processed = [];
});
afterEach(() => {
  scanner?.stop();
  root.remove();
  setHidden(false);
});

describe('Scanner', () => {
  it('processes the items already on the page, then only new ones', async () => {
    root.append(item('a'), item('b'));
    start();
    await flush();
    expect(processed).toEqual(['a', 'b']);
    const wrapper = document.createElement('div');
    wrapper.append(item('c'), item('d'));
    root.append(wrapper, item('e'));
    await flush();
    expect(processed).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('never processes an unchanged item twice, even when the page re-inserts it', async () => {
    const a = item('a');
    root.append(a);
    start();
    await flush();
    a.remove();
    root.append(a);
    a.append(document.createElement('span')); // a child change with the same content signature
    await flush();
    expect(processed).toEqual(['a']);
  });

  it('re-processes a recycled node whose content changed (text node rewritten in place)', async () => {
    const a = item('a', 'first');
    root.append(a);
    start();
    await flush();
    a.setAttribute('data-id', 'z');
    a.querySelector('p')!.firstChild!.nodeValue = 'second'; // characterData, as React does
    await flush();
    expect(processed).toEqual(['a', 'z']);
  });

  it('ignores mutations inside its own UI hosts', async () => {
    const a = item('a');
    root.append(a);
    start();
    await flush();
    const host = document.createElement('vocero-ui');
    a.append(host);
    host.append(item('inside-own-ui'));
    await flush();
    expect(processed).toEqual(['a']);
  });

  it('does nothing while the tab is hidden and catches up when it is shown', async () => {
    setHidden(true);
    root.append(item('a'), item('b'));
    start();
    await flush();
    expect(processed).toEqual([]);
    setHidden(false);
    await flush();
    expect(processed).toEqual(['a', 'b']);
  });

  it('works in slices that yield to the page between them', async () => {
    for (let i = 0; i < 400; i++) root.append(item(`n${i}`));
    start(0); // a zero budget: one item per slice
    await new Promise((r) => setTimeout(r, 0));
    expect(processed.length).toBeGreaterThan(0);
    expect(processed.length).toBeLessThan(400); // it yielded before finishing
    for (let i = 0; i < 1000 && !scanner.isIdle(); i++) await new Promise((r) => setTimeout(r, 0));
    expect(processed.length).toBe(400);
  });

  it('skips elements that are not items yet (read gives null) and picks them up once they are', async () => {
    const pending = document.createElement('article');
    pending.className = 'item';
    root.append(pending);
    start();
    await flush();
    expect(processed).toEqual([]);
    pending.setAttribute('data-id', 'late');
    pending.append(document.createElement('p'));
    await flush();
    expect(processed).toEqual(['late']);
  });
});

describe('Scanner readings', () => {
  it('keeps the reading an item was processed with while the item does not change', async () => {
    // Work in flight for an item (its tags) checks that the element still shows the reading it was
    // sent with: a re-read that changes nothing (a like count ticking) must not replace it.
    type Reading = { id: string; text: string; likes: string };
    const readings: Reading[] = [];
    const objects = new Scanner<Reading>({
      root,
      itemSelector: 'article.item',
      isOwnNode: () => false,
      read: (el) => ({
        id: el.getAttribute('data-id') ?? '',
        text: el.querySelector('p')?.textContent ?? '',
        likes: el.querySelector('span')?.textContent ?? '',
      }),
      same: (a, b) => a.id === b.id && a.text === b.text,
      process: (_el, reading) => readings.push(reading),
    });
    const el = item('a');
    root.append(el);
    objects.start();
    const idle = async () => {
      for (let i = 0; i < 50 && !objects.isIdle(); i++) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setTimeout(r, 0));
    };
    await idle();
    expect(readings).toHaveLength(1);
    const first = objects.readingOf(el);
    expect(first).toBe(readings[0]);

    el.append(Object.assign(document.createElement('span'), { textContent: '12 likes' }));
    await idle();
    expect(readings).toHaveLength(1);
    expect(objects.readingOf(el)).toBe(first);

    el.querySelector('p')!.textContent = 'edited';
    await idle();
    expect(readings.map((r) => r.text)).toEqual(['text a', 'edited']);
    expect(objects.readingOf(el)).toBe(readings[1]);
    objects.stop();
  });
});
