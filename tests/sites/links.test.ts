// linkUrl reads links without parsing the plain ones. The oracle is the URL standard itself (Node's URL,
// the same WHATWG parser a browser's a.href runs): whenever the shortcut answers, it must answer what
// the parser would; the shortcut must also answer for the links the sites really write.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { absoluteUrl, linkUrl, resolvePlainHref } from '@/sites/dom';

const parsed = (href: string, base: string) => new URL(href, base).href;

describe('resolvePlainHref', () => {
  test('answers for the forms the sites write, exactly as the URL parser does', () => {
    const base = 'https://www.reddit.com/r/x/comments/1/';
    for (const href of [
      '/u/user_1',
      '/post/1#b12',
      '/@someone',
      '/r/x/comments/1/title/abc123/?context=3',
      '/watch?v=dQw4w9WgXcQ&lc=Ugx1',
      'https://mastodon.social/@Gargron/113456',
      'https://www.linkedin.com/in/some-one-123/',
      'https://x.com/user/status/1?s=20#top',
      '/',
      '/a/.well-known/b',
    ]) {
      expect(resolvePlainHref(href, 'https://www.reddit.com'), href).toBe(parsed(href, base));
    }
  });

  test('leaves to the parser what it would change', () => {
    for (const href of [
      '../up',
      './here',
      '/a/../b',
      '/a/%2e%2E/b',
      '/a/.',
      '//cdn.example/x',
      '/a b',
      '/a\\b',
      "/q?it's",
      '/ñandú',
      '/a|b',
      'HTTPS://x.com/a',
      'https://X.com/a',
      'https://x.com:443/a',
      'https://user@x.com/a',
      'https://x.com',
      'https://127.0.0.1/a',
      'https://0x7f.1/a',
      'https://x.com./a',
      'javascript:alert(1)',
      'mailto:a@b.c',
      'relative/path',
      '',
      ' /a',
    ]) {
      expect(resolvePlainHref(href, 'https://x.com'), href).toBeNull();
    }
  });

  test('a root path needs a base origin', () => {
    expect(resolvePlainHref('/a', null)).toBeNull();
    expect(resolvePlainHref('https://x.com/a', null)).toBe('https://x.com/a');
  });

  test('on random hrefs, whenever it answers it answers what the parser says', () => {
    const pieces = [
      ...'abcXYZ019_-.~!$&()*+,;=:@/%?#\'"<>`{}|^[]\\ \t\néñ😀',
      '%2e',
      '%2E',
      '..',
      '//',
      '/./',
      '/../',
      'https://',
      'http://',
      'x.com',
      ':8080',
      'user@',
    ];
    const base = 'https://www.example.com/some/page?q=1';
    let answered = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(
          '',
          '/',
          '//',
          'https://',
          'http://',
          'https://a.example/',
          'HTTP://',
          'https://1.2.3/',
        ),
        fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
        (prefix, parts) => {
          const href = prefix + parts.join('');
          const plain = resolvePlainHref(href, 'https://www.example.com');
          if (plain === null) return;
          answered++;
          expect(plain).toBe(parsed(href, base));
        },
      ),
      { numRuns: 20_000 },
    );
    expect(answered).toBeGreaterThan(1000); // the shortcut was exercised, not only refused
  });
});

describe('linkUrl', () => {
  test('an element without an href gives ""; any other link what a.href gives', () => {
    document.body.innerHTML = '<a id="none">x</a><a id="rel" href="/u/a">a</a><a id="up" href="../b">b</a>';
    expect(linkUrl(document.getElementById('none'))).toBe('');
    expect(linkUrl(null)).toBe('');
    for (const id of ['rel', 'up']) {
      const a = document.getElementById(id) as HTMLAnchorElement;
      expect(linkUrl(a)).toBe(a.href);
    }
  });
});

describe('absoluteUrl', () => {
  const page = (url: string, html: string) => {
    const window = new Window({ url });
    window.document.body.innerHTML = html;
    return window.document as unknown as Document;
  };

  test('resolves against the page, or against the site where the page has no http(s) address', () => {
    const live = page('https://www.reddit.com/r/x/comments/1/', '<p>x</p>');
    const el = live.querySelector('p')!;
    for (const href of ['/r/x/comments/1/t/abc/', '../up', 'https://old.reddit.com/u/a', '?sort=new'])
      expect(absoluteUrl(href, el, 'https://www.reddit.com'), href).toBe(
        new URL(href, 'https://www.reddit.com/r/x/comments/1/').href,
      );
    const file = page('about:blank', '<p>x</p>').querySelector('p')!;
    expect(absoluteUrl('/user/a/', file, 'https://www.reddit.com')).toBe('https://www.reddit.com/user/a/');
    expect(absoluteUrl('/user/a/', file)).toBe(''); // nothing to resolve a path against
    expect(absoluteUrl('https://mastodon.social/@a', file)).toBe('https://mastodon.social/@a');
  });

  test('a <base> decides, as it does for the page', () => {
    const based = page('https://x.com/home', '<base href="https://cdn.example/app/"><p>x</p>');
    expect(absoluteUrl('/a', based.querySelector('p')!, 'https://x.com')).toBe('https://cdn.example/a');
  });

  test('gives "" for anything but an http(s) URL, and never throws', () => {
    const el = page('https://x.com/home', '<p>x</p>').querySelector('p')!;
    for (const href of ['javascript:alert(1)', 'mailto:a@b.c', 'data:text/html,x', 'http://[::1', null, ''])
      expect(absoluteUrl(href, el, 'https://x.com'), String(href)).toBe('');
  });
});
