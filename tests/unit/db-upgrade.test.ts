import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, SCHEMA_V1, VoceroDB } from '@/storage/db';

const NAME = 'vocero-upgrade-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

/** Writes data exactly as a version-1 install did, with the version-1 schema. */
async function writeVersion1Data() {
  const v1 = new Dexie(NAME);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  const interactions = Array.from({ length: 250 }, (_, i) => ({
    timestamp: `2026-11-${String((i % 28) + 1).padStart(2, '0')}T23:${String(i % 60).padStart(2, '0')}:00.000-03:00`,
    platform: i % 2 ? 'x' : 'youtube',
    action: 'reply',
    author: `author${i % 17}`,
    itemUrl: `https://x.com/a/status/${i}`,
    itemText: `comentario ${i}`,
    sentiment: 'neutral',
    template: 't1',
    replyText: '¡Gracias!',
    flag: '',
    note: '',
  }));
  await v1.table('interactions').bulkAdd(interactions);
  await v1.table('templates').bulkAdd([
    {
      id: 't1',
      name: 'Gracias',
      variants: ['¡Gracias, {nombre}!'],
      updatedAt: '2026-11-01T10:00:00.000-03:00',
    },
    { id: 't2', name: 'Disculpa', variants: ['Lo sentimos'], updatedAt: '2026-11-02T10:00:00.000-03:00' },
  ]);
  await v1.table('people').bulkAdd([
    { platform: 'x', handle: 'ana', displayName: 'Ana', flag: 'influencer', lastSeen: '2026-11-03' },
    { platform: 'youtube', handle: 'ana', displayName: 'Ana YT', flag: 'vip', lastSeen: '2026-11-04' },
  ]);
  await v1.table('voice').add({ id: 'default', brandName: 'La Huerta' });
  await v1.table('settings').bulkAdd([{ key: 'language', value: 'en' }]);
  v1.close();
  return { interactions };
}

describe('schema upgrade', () => {
  it('upgrades a version-1 database to the current version keeping every row', async () => {
    const { interactions } = await writeVersion1Data();

    const current = new VoceroDB(NAME);
    await current.open();
    expect(current.verno).toBe(CURRENT_VERSION);

    expect(await current.interactions.count()).toBe(interactions.length);
    expect(await current.templates.count()).toBe(2);
    expect(await current.people.count()).toBe(2);
    expect(await current.voice.get('default')).toMatchObject({ brandName: 'La Huerta' });
    expect(await current.settings.get('language')).toEqual({ key: 'language', value: 'en' });

    // Every old row is intact and gained the columns version 2 indexes.
    const rows = await current.interactions.orderBy('id').toArray();
    rows.forEach((row, i) => {
      expect(row).toMatchObject(interactions[i]!);
      expect(row.day).toBe(interactions[i]!.timestamp.slice(0, 10));
      expect(row.intent).toEqual([]);
    });

    // The new indexes answer the product's queries.
    const day = await current.interactions.where('day').equals('2026-11-05').toArray();
    expect(day.length).toBe(interactions.filter((r) => r.timestamp.startsWith('2026-11-05')).length);
    expect(day.length).toBeGreaterThan(0);
    const byDayAndNetwork = await current.interactions
      .where('[day+platform]')
      .equals(['2026-11-05', 'x'])
      .count();
    expect(byDayAndNetwork).toBe(day.filter((r) => r.platform === 'x').length);
    expect(await current.interactions.where('author').equals('author3').count()).toBe(
      interactions.filter((r) => r.author === 'author3').length,
    );
    expect(await current.people.where('[platform+handle]').equals(['youtube', 'ana']).first()).toMatchObject({
      flag: 'vip',
    });
    current.close();
  });

  it('keeps the late-evening rows on the local day they were written (not the UTC day)', async () => {
    await writeVersion1Data();
    const current = new VoceroDB(NAME);
    // 23:xx at -03:00 is the next day in UTC; the CM's day is the local one.
    const first = await current.interactions.orderBy('id').first();
    expect(first?.timestamp).toMatch(/^2026-11-01T23:/);
    expect(first?.day).toBe('2026-11-01');
    current.close();
  });
});
