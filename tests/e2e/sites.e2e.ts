// Every real capture opened at its real URL (fulfilled from the file, no network) with the store build:
// the content script recognises the site's items and marks them as the contract says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchExtension, openCapture, type ExtensionBrowser } from './harness';

interface Case {
  capture: string;
  url: string;
  platform: string;
  items: number;
  /** Handles (data-vocero-author) that must be among the items. */
  authors: string[];
}

const CASES: Case[] = [
  {
    capture: 'twitter/twitter-1.html',
    url: 'https://x.com/home',
    platform: 'x',
    items: 6,
    authors: ['bgatesisapyscho', 'nikitabier'],
  },
  {
    capture: 'twitter/twitter-3.html',
    url: 'https://x.com/home',
    platform: 'x',
    items: 1,
    authors: ['testuser123'],
  },
  {
    capture: 'twitter/twitter-4.html',
    url: 'https://x.com/TestQuoter/status/1983130065320780162',
    platform: 'x',
    items: 1,
    authors: ['testquoter'],
  },
  {
    capture: 'twitter/twitter-5.html',
    url: 'https://x.com/elonmusk',
    platform: 'x',
    items: 6,
    authors: ['elonmusk'],
  },
  {
    capture: 'youtube/youtube-1.html',
    url: 'https://www.youtube.com/watch?v=gOsERJzMhLc',
    platform: 'youtube',
    items: 35,
    authors: [],
  },
  {
    capture: 'youtube/youtube-2.html',
    url: 'https://www.youtube.com/watch?v=0J2_YGuNrDo',
    platform: 'youtube',
    items: 20,
    authors: [],
  },
  {
    capture: 'reddit/reddit-1.html',
    url: 'https://old.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/',
    platform: 'reddit',
    items: 197,
    authors: ['brookefemale'],
  },
  {
    capture: 'reddit/reddit-2.html',
    url: 'https://www.reddit.com/r/aivideos/comments/1ooeuoq/which_one_is_ai/',
    platform: 'reddit',
    items: 30,
    authors: ['noisecorrelation'],
  },
  {
    capture: 'facebook/facebook-1.html',
    url: 'https://www.facebook.com/photo/?fbid=381699338007666&set=a.117960577714878',
    platform: 'facebook',
    items: 1,
    authors: [],
  },
  {
    capture: 'facebook/facebook-2.html',
    url: 'https://www.facebook.com/salmanmd.sultan.1/posts/pfbid02pmb12q1MvJtRmoNbehRRgzd48vLkUZca1mV5L4AKZq4MsLK52Kgmjag2hvQoFQwhl',
    platform: 'facebook',
    items: 11,
    authors: ['salmanmd.sultan.1'],
  },
  {
    capture: 'instagram/instagram-1.html',
    url: 'https://www.instagram.com/p/DHBZN01N-Ht/',
    platform: 'instagram',
    items: 122,
    authors: ['aabhishekchandraa'],
  },
  {
    capture: 'linkedin/linkedin-1.html',
    url: 'https://www.linkedin.com/feed/',
    platform: 'linkedin',
    items: 6,
    authors: ['tirthajyoti-sarkar'],
  },
  {
    capture: 'linkedin/linkedin-2.html',
    url: 'https://www.linkedin.com/feed/',
    platform: 'linkedin',
    items: 7,
    authors: ['omarsar'],
  },
  {
    capture: 'linkedin/linkedin-3.html',
    url: 'https://www.linkedin.com/posts/tech-mahindra_happymothersday-lovetobetechm-mothersday-activity-7195255465402904576-IJWc',
    platform: 'linkedin',
    items: 10,
    authors: ['vikas-negi-16572819'],
  },
  {
    capture: 'tiktok/tiktok-1.html',
    url: 'https://www.tiktok.com/@chinese_artist176/video/7507673491211029803',
    platform: 'tiktok',
    items: 23,
    authors: [],
  },
  {
    capture: 'mastodon/mastodon-1.html',
    url: 'https://mastodon.social/home',
    platform: 'mastodon',
    items: 2,
    authors: ['najafialiai', 'pedram@sfba.social'],
  },
];

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtension('store');
});
afterAll(() => browser?.close());

describe.each(CASES)('$capture at $url', ({ capture, url, platform, items, authors }) => {
  it(`marks ${items} ${platform} items with the contract's attributes and UI`, async () => {
    const page = await openCapture(browser, url, capture);
    const errors = collectPageErrors(page);
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('vocero-ui').length), { timeout: 15_000 })
      .toBe(items);
    const marked = await page.$$eval('[data-vocero-item]', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-vocero-item') ?? '',
        platform: el.getAttribute('data-vocero-platform'),
        author: el.getAttribute('data-vocero-author') ?? '',
        sentiment: el.getAttribute('data-vocero-sentiment'),
        intent: el.getAttribute('data-vocero-intent') ?? '',
      })),
    );
    if (process.env.PROBE) console.log(capture, marked.length, marked.slice(0, 4));
    expect(marked).toHaveLength(items);
    expect(new Set(marked.map((m) => m.id)).size).toBe(items);
    for (const m of marked) {
      expect(m.id.startsWith(`${platform}:`)).toBe(true);
      expect(m.platform).toBe(platform);
      expect(m.author).toBe(m.author.toLowerCase());
      expect(m.author.startsWith('@')).toBe(false);
      expect(m.sentiment).toMatch(/^(positive|neutral|negative)$/);
      expect(m.intent).toMatch(/^((question|complaint|praise|urgent|spam)( |$))*$/);
    }
    for (const author of authors) expect(marked.map((m) => m.author)).toContain(author);
    // Every badge belongs to a marked item.
    const badgeFor = await page.$$eval('vocero-ui', (hosts) =>
      hosts.map((h) =>
        h.shadowRoot?.querySelector('[data-testid="vocero-badge"]')?.getAttribute('data-vocero-for'),
      ),
    );
    expect(badgeFor.sort()).toEqual(marked.map((m) => m.id).sort());
    expect(errors.filter((e) => /vocero|chrome-extension/i.test(String(e.stack)))).toEqual([]);
    await page.close();
  });
});

describe('a page Vocero does not know', () => {
  it('gets nothing and logs no errors', async () => {
    const page = await browser.context.newPage();
    const logged: string[] = [];
    page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
    const errors = collectPageErrors(page);
    await page.route('**/*', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<main><article><p>Un artículo cualquiera</p></article><div role="article">x</div></main>',
      }),
    );
    await page.goto('https://www.youtube.com/feed/some-new-layout');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => document.querySelectorAll('[data-vocero-item], vocero-ui').length)).toBe(
      0,
    );
    expect(errors).toEqual([]);
    expect(logged).toEqual([]);
    await page.close();
  });
});
