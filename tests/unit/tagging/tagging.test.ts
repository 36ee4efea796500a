import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import { overrideTag, tagItems } from '@/storage/tagging';
import { setSetting } from '@/storage/settings';

const item = (id: string, text: string) => ({
  id,
  platform: 'demo' as const,
  author: 'ana',
  text,
  authorName: 'Ana',
  profileUrl: '',
  verified: false,
  followers: null,
  authorItemsOnPage: 1,
});

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
});

describe('tagging in the background', () => {
  it('uses the model, with its reasons for the tooltip', async () => {
    const [praise, complaint] = await tagItems([
      item('demo:1', '¡Me encantó! Gracias 😍'),
      item('demo:2', 'Llevo 3 días esperando y nadie responde. Pésimo servicio.'),
    ]);
    expect(praise).toMatchObject({ sentiment: 'positive', flag: '' });
    expect(praise?.reasons).toContain('+');
    expect(complaint?.sentiment).toBe('negative');
    expect(complaint?.intent).toContain('complaint');
  });

  it('applies brand rules before the model', async () => {
    await setSetting('brandRules', [{ phrase: 'retirada', sentiment: 'negative', intent: ['urgent'] }]);
    const [tag] = await tagItems([item('demo:1', '¡Qué bien, una retirada!')]);
    expect(tag).toMatchObject({ sentiment: 'negative', intent: expect.arrayContaining(['urgent']) });
    expect(tag?.reasons).toContain('★ retirada');
  });

  it("prefers the CM's override, stores it once per item and logs each correction as a tag", async () => {
    const request = {
      itemId: 'demo:1',
      platform: 'demo' as const,
      author: 'ana',
      itemText: '¡Me encantó!',
      itemUrl: 'http://127.0.0.1:5177/post/1#c01',
      sentiment: 'negative' as const,
      intent: ['complaint' as const],
    };
    await overrideTag(request);
    await overrideTag({ ...request, sentiment: 'neutral', intent: [] });
    const [tag, other] = await tagItems([item('demo:1', '¡Me encantó!'), item('demo:2', '¡Me encantó!')]);
    expect(tag).toMatchObject({ sentiment: 'neutral', intent: [] });
    expect(other?.sentiment).toBe('positive');
    expect(await db().overrides.count()).toBe(1);
    const logged = await db().interactions.toArray();
    expect(logged.map((row) => [row.action, row.sentiment, row.itemId])).toEqual([
      ['tag', 'negative', 'demo:1'],
      ['tag', 'neutral', 'demo:1'],
    ]);
  });
});
