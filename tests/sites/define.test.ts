import { describe, expect, it } from 'vitest';
import { defineAdapter, onDomain } from '@/sites/define';

const boom = () => {
  throw new TypeError("Cannot read properties of null (reading 'textContent')");
};

describe('defineAdapter', () => {
  it('turns a method that throws into null (uiAnchor: the item itself), and leaves the rest alone', () => {
    const el = document.createElement('article');
    const adapter = defineAdapter({
      platform: 'demo',
      matches: () => true,
      itemSelector: 'article',
      extract: boom,
      replyButton: boom,
      replyBox: boom,
      uiAnchor: boom,
    });
    expect(adapter.extract(el)).toBeNull();
    expect(adapter.replyButton(el)).toBeNull();
    expect(adapter.replyBox(el)).toBeNull();
    expect(adapter.uiAnchor(el)).toBe(el);
    expect(adapter.itemSelector).toBe('article');
    const button = document.createElement('button');
    const working = defineAdapter({ ...adapter, replyButton: () => button });
    expect(working.replyButton(el)).toBe(button);
  });
});

describe('onDomain', () => {
  const facebook = onDomain('facebook.com');
  it.each([
    ['https://www.facebook.com/groups/1', true],
    ['https://facebook.com/', true],
    ['http://m.facebook.com/', true],
    ['https://facebook.com.example/', false],
    ['https://notfacebook.com/', false],
    ['file:///facebook.com/index.html', false],
  ])('%s → %s', (url, expected) => expect(facebook(new URL(url))).toBe(expected));
});
