import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NearViewport } from '@/components/overlay/nearViewport';

// happy-dom lays nothing out: each item gets a vertical position, and "scrolling" moves them all.
const ITEM_HEIGHT = 100;
let scrollY = 0;
const positions = new Map<Element, number>();
function placeAt(element: Element, top: number) {
  positions.set(element, top);
  element.getBoundingClientRect = () => {
    const y = (positions.get(element) ?? 0) - scrollY;
    return new DOMRect(0, y, 500, ITEM_HEIGHT);
  };
}
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let root: HTMLElement;
let near: string[];
let tracker: NearViewport;

function items(count: number): HTMLElement[] {
  return Array.from({ length: count }, (_, i) => {
    const el = document.createElement('article');
    el.id = `i${i}`;
    root.append(el);
    placeAt(el, i * ITEM_HEIGHT);
    return el;
  });
}

beforeEach(() => {
  scrollY = 0;
  root = document.createElement('main');
  document.body.append(root);
  near = [];
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 800 });
  tracker = new NearViewport((element) => near.push(element.id), 2);
});
afterEach(() => {
  tracker.stop();
  root.remove();
});

describe('NearViewport', () => {
  it('hands over only the items within two screens of the viewport, then the rest as the CM scrolls', async () => {
    const all = items(200);
    for (const el of all) tracker.defer(el);
    await nextFrame();
    // Viewport 0–800 px, band down to 800 + 2 × 800 = 2,400 px: items 0–24 (item 24 starts at 2,400).
    expect([...near].sort(byIndex)).toEqual(Array.from({ length: 25 }, (_, i) => `i${i}`));
    expect(tracker.size).toBe(175);

    near = [];
    scrollY = 10_000;
    document.dispatchEvent(new Event('scroll'));
    await nextFrame();
    // Band 8,400–12,400 px: items 83 (it ends at 8,400) to 124.
    expect([...near].sort(byIndex)).toEqual(Array.from({ length: 42 }, (_, i) => `i${83 + i}`));
    expect(tracker.size).toBe(175 - 42);
  });

  it('hands a waiting item over once, however often it was deferred', async () => {
    const [first, far] = [items(1)[0]!, document.createElement('article')];
    far.id = 'far';
    root.append(far);
    placeAt(far, 50_000);
    tracker.defer(far);
    tracker.defer(far);
    tracker.defer(first);
    await nextFrame();
    expect(near).toEqual(['i0']);
    scrollY = 49_500;
    window.dispatchEvent(new Event('resize'));
    await nextFrame();
    expect(near).toEqual(['i0', 'far']);
    expect(tracker.size).toBe(0);
  });

  it('keeps document order when items arrive out of order, and drops removed ones', async () => {
    const all = items(100);
    // Defer from the end backwards: each insertion lands before the others.
    for (const el of [...all].reverse()) tracker.defer(el);
    all[3]!.remove();
    await nextFrame();
    expect([...near].sort(byIndex)).toEqual(
      Array.from({ length: 25 }, (_, i) => `i${i}`).filter((id) => id !== 'i3'),
    );
    expect(tracker.has(all[3]!)).toBe(false);
  });

  it('asks for no animation frame for items appended below items already known to be below the band', async () => {
    const all = items(100);
    for (const el of all.slice(0, 60)) tracker.defer(el);
    await nextFrame();
    expect(near).toHaveLength(25);
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    for (const el of all.slice(60)) tracker.defer(el); // infinite scroll appends further down
    expect(frames).not.toHaveBeenCalled();
    scrollY = 9_000;
    document.dispatchEvent(new Event('scroll'));
    expect(frames).toHaveBeenCalledTimes(1);
    await nextFrame();
    expect(near).toContain('i99');
  });

  it('skips hidden items (nothing laid out) and stops listening when stopped', async () => {
    const [hidden, shown] = items(2);
    hidden!.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0);
    tracker.defer(hidden!);
    tracker.defer(shown!);
    await nextFrame();
    expect(near).toEqual(['i1']);
    tracker.stop();
    expect(tracker.size).toBe(0);
  });
});

function byIndex(a: string, b: string) {
  return Number(a.slice(1)) - Number(b.slice(1));
}
