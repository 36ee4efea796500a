import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import { fromColumns, toColumns } from '@/messaging/columns';
import { ITEM_TAG_FIELDS, TAG_REQUEST_FIELDS, type TagRequest } from '@/messaging/protocol';
import { handlers } from '@/storage/handlers';
import type { NewInteraction } from '@/storage/entities';
import { DEFAULT_SETTINGS, getSettings, setSetting } from '@/storage/settings';

const entry: NewInteraction = {
  platform: 'x',
  action: 'reply',
  author: 'laura_m',
  itemId: 'x:1',
  itemUrl: 'https://x.com/laura_m/status/1',
  itemText: '¡Me encantó!',
  sentiment: 'positive',
  intent: ['praise'],
  template: 'gracias',
  replyText: '¡Gracias, Laura!',
  flag: '',
  note: '',
};

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
});

describe('background handlers', () => {
  it('tags a batch sent as columns and answers in columns, in the same order', async () => {
    const request = (id: string, text: string): TagRequest => ({
      id,
      platform: 'demo',
      author: 'laura_m',
      text,
      authorName: 'Laura',
      profileUrl: 'http://localhost/u/laura_m',
      verified: false,
      followers: null,
      authorItemsOnPage: 1,
    });
    const answer = await handlers.tagItems(
      toColumns(
        [request('demo:1', '¡Me encantó, gracias!'), request('demo:2', 'Pésimo, quiero mi reembolso')],
        TAG_REQUEST_FIELDS,
      ),
    );
    const tags = fromColumns(answer, ITEM_TAG_FIELDS);
    expect(tags.map((tag) => tag.sentiment)).toEqual(['positive', 'negative']);
    expect(tags[1]!.intent).toContain('complaint');
  });

  it('refuses ragged or malformed columns before tagging anything', async () => {
    const good = toColumns([], TAG_REQUEST_FIELDS);
    await expect(handlers.tagItems({ ...good, id: ['demo:1'] })).rejects.toThrow(/Invalid items: column/);
    await expect(handlers.tagItems([] as never)).rejects.toThrow(/Invalid items: column "id" is missing/);
    const one = toColumns(
      [
        {
          id: 'demo:1',
          platform: 'myspace' as never,
          author: '',
          text: 'x',
          authorName: '',
          profileUrl: '',
          verified: false,
          followers: null,
          authorItemsOnPage: 0,
        },
      ],
      TAG_REQUEST_FIELDS,
    );
    await expect(handlers.tagItems(one)).rejects.toThrow(/Invalid items: .*platform/);
  });

  it('logs an interaction on the local day and counts it in today’s summary', async () => {
    const saved = await handlers.logInteraction(entry);
    expect(saved.id).toBeTypeOf('number');
    expect(saved.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    expect(saved.day).toBe(saved.timestamp.slice(0, 10));
    const summary = await handlers.todaySummary(undefined);
    expect(summary).toEqual({ day: saved.day, total: 1 });
  });

  it.each([
    ['an unknown platform', { platform: 'myspace' }, /platform/],
    ['an unknown action', { action: 'delete-everything' }, /action/],
    ['an unknown intent', { intent: ['<script>'] }, /intent/],
    ['a missing field', { author: undefined }, /author/],
    ['a bad timestamp', { timestamp: 'yesterday' }, /timestamp/],
  ])('rejects %s with a clear message and writes nothing', async (_case, patch, message) => {
    await expect(handlers.logInteraction({ ...entry, ...patch } as NewInteraction)).rejects.toThrow(message);
    expect(await db().interactions.count()).toBe(0);
  });

  it('answers settings with defaults filled in', async () => {
    expect(await handlers.getSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ language: 'auto', disabledSites: [], mastodonInstances: [] });
    await setSetting('language', 'en');
    expect((await handlers.getSettings(undefined)).language).toBe('en');
  });

  it('switches a site off and on again, keeping the others', async () => {
    await handlers.setSiteEnabled({ hostname: 'x.com', enabled: false });
    await handlers.setSiteEnabled({ hostname: 'www.youtube.com', enabled: false });
    await handlers.setSiteEnabled({ hostname: 'x.com', enabled: false }); // twice: still once
    expect((await getSettings()).disabledSites.sort()).toEqual(['www.youtube.com', 'x.com']);
    const after = await handlers.setSiteEnabled({ hostname: 'x.com', enabled: true });
    expect(after.disabledSites).toEqual(['www.youtube.com']);
  });

  it('rejects a malformed site switch', async () => {
    await expect(handlers.setSiteEnabled({ hostname: '<img src=x>', enabled: false })).rejects.toThrow(
      /Invalid site switch: hostname/,
    );
    expect((await getSettings()).disabledSites).toEqual([]);
  });
});
