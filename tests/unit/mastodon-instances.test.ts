import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/storage/db';
import { cleanInstanceList, CUSTOM_SCRIPT_ID, saveCustomInstances } from '@/storage/mastodonInstances';
import { getSettings } from '@/storage/settings';

type Registered = { id: string; matches: string[]; js: string[] };
let registered: Registered[];
let granted: Set<string>;

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
  registered = [];
  granted = new Set();
  // The fake browser has no permissions/scripting: model the two calls the background makes.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((o) => granted.has(o)),
  );
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
    async () => registered as never,
  );
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async () => {
    registered = [];
  });
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    registered.push(...(scripts as Registered[]));
  });
});

describe('custom Mastodon instances', () => {
  it.each([
    [['Social.Example.org'], ['social.example.org']],
    [['https://social.example.org/@brand'], ['social.example.org']],
    [['social.example.org', 'social.example.org', ' SOCIAL.example.org '], ['social.example.org']],
    [['mastodon.social'], []], // built in already
    [['not a host', 'javascript:alert(1)', ''], []],
    [
      ['b.example', 'a.example'],
      ['a.example', 'b.example'],
    ],
  ])('cleans %j to %j', (input, output) => expect(cleanInstanceList(input)).toEqual(output));

  it('stores the list and registers the content script only where the CM granted the origin', async () => {
    granted.add('https://toot.example.net/*');
    const active = await saveCustomInstances(['toot.example.net', 'https://other.example/']);
    expect(active).toEqual(['toot.example.net']);
    expect((await getSettings()).mastodonInstances).toEqual(['other.example', 'toot.example.net']);
    expect(registered).toEqual([
      {
        id: CUSTOM_SCRIPT_ID,
        matches: ['https://toot.example.net/*'],
        js: ['content-scripts/overlay.js'],
        runAt: 'document_idle',
      },
    ]);
  });

  it('replaces the registration when the list changes, and removes it when nothing is granted', async () => {
    granted.add('https://a.example/*').add('https://b.example/*');
    await saveCustomInstances(['a.example', 'b.example']);
    expect(registered[0]?.matches).toEqual(['https://a.example/*', 'https://b.example/*']);
    await saveCustomInstances(['b.example']);
    expect(registered).toHaveLength(1);
    expect(registered[0]?.matches).toEqual(['https://b.example/*']);
    granted.clear();
    await saveCustomInstances(['b.example']);
    expect(registered).toEqual([]);
  });
});
