// The shared adapter helpers; linkUrl must give exactly what the URL parser gives (a.href), fast path or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkUrl } from '@/sites/dom';

const anchor = (href: string) => {
  const a = document.createElement('a');
  a.setAttribute('href', href);
  document.body.append(a);
  return a;
};

describe('linkUrl', () => {
  it('resolves root-relative and absolute links like the parser does', () => {
    expect(location.origin).toMatch(/^https?:\/\//);
    for (const href of [
      '/u/user_1',
      '/post/1#b12',
      '/watch?v=abc&lc=Ugx',
      'https://www.youtube.com/@Channel',
      '/a/../b',
      '/a/%2e%2e/b',
      '/a b',
      '/ñandú',
      '//cdn.example/x',
      'relative/path',
      'https://Example.com/X',
      'https://example.com',
      'https://example.com:443/x',
      "/it's?q='x'",
      '',
    ])
      expect(linkUrl(anchor(href)), href).toBe(anchor(href).href);
  });

  it('has no href → "" (like a.href), no element → ""', () => {
    expect(linkUrl(document.createElement('a'))).toBe('');
    expect(linkUrl(null)).toBe('');
  });

  it('agrees with a.href on 2,000 random links', () => {
    const chars = fc.constantFrom(...'abcXYZ019-._~!$&()*+,;=:@/%?#\'" <>\\`{}^|ñé'.split(''));
    const tail = fc.array(chars, { maxLength: 24 }).map((c) => c.join(''));
    const href = fc.oneof(
      tail.map((t) => `/${t}`),
      tail.map((t) => `https://www.example.com/${t}`),
      tail,
    );
    fc.assert(
      fc.property(href, (h) => linkUrl(anchor(h)) === anchor(h).href),
      { numRuns: 2000 },
    );
  });
});
