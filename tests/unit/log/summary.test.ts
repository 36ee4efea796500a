import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '@/core/time';
import { db } from '@/storage/db';
import { logInteraction } from '@/storage/interactions';
import { deleteInteractions } from '@/storage/logQueries';
import { daySummary, forgetSummaries } from '@/storage/summary';
import type { Person } from '@/storage/entities';
import { entry, row } from './fixtures';

/** Waits (up to a second) until the day's totals are stored with this total. */
async function storedTotals(day: string, total: number): Promise<void> {
  for (let i = 0; i < 100 && (await db().dayTotals.get(day))?.total !== total; i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  expect((await db().dayTotals.get(day))?.total).toBe(total);
}

const person = (patch: Partial<Person>): Person => ({
  platform: 'x',
  handle: 'ana',
  displayName: 'Ana',
  profileUrl: '',
  flag: '',
  note: '',
  automatic: false,
  firstSeen: '2026-11-01T10:00:00.000-03:00',
  lastSeen: '2026-12-01T10:00:00.000-03:00',
  interactionCount: 1,
  ...patch,
});

const TZ = process.env.TZ;
beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
  process.env.TZ = TZ;
});

describe("the popup's day summary", () => {
  it('counts by action, sentiment and network, only the given day', async () => {
    await db().interactions.bulkAdd([
      row('2026-12-01', { action: 'reply', sentiment: 'positive', platform: 'x' }),
      row('2026-12-01', { action: 'reply', sentiment: 'negative', platform: 'youtube' }),
      row('2026-12-01', { action: 'tag', sentiment: '', platform: 'x' }),
      row('2026-12-01', { action: 'escalate', sentiment: 'negative', platform: 'reddit' }),
      row('2026-11-30', { action: 'reply', sentiment: 'positive', platform: 'x' }),
      row('2026-12-02', { action: 'flag', platform: 'tiktok' }),
    ]);
    const summary = await daySummary('2026-12-01');
    expect(summary.total).toBe(4);
    expect(summary.byAction).toEqual({ reply: 2, tag: 1, escalate: 1 });
    expect(summary.bySentiment).toEqual({ positive: 1, negative: 2, none: 1 });
    expect(summary.byNetwork).toEqual({ x: 2, youtube: 1, reddit: 1 });
  });

  it('lists flagged people whose lastSeen is that day, most recent first, not unflagged or other days', async () => {
    await db().people.bulkAdd([
      person({ handle: 'early', flag: 'vip', lastSeen: '2026-12-01T08:00:00.000-03:00' }),
      person({ handle: 'late', flag: 'troll', lastSeen: '2026-12-01T22:00:00.000-03:00' }),
      person({ handle: 'plain', flag: '', lastSeen: '2026-12-01T09:00:00.000-03:00' }),
      person({ handle: 'yesterday', flag: 'vip', lastSeen: '2026-11-30T23:59:00.000-03:00' }),
      person({ handle: 'bareday', platform: 'youtube', flag: 'influencer', lastSeen: '2026-12-01' }),
    ]);
    const { flaggedSeen } = await daySummary('2026-12-01');
    expect(flaggedSeen.map((p) => p.handle)).toEqual(['late', 'early', 'bareday']);
  });

  it("uses the CM's local calendar day: 23:30 in Buenos Aires is still that day though UTC is the next", async () => {
    process.env.TZ = 'America/Argentina/Buenos_Aires';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T02:30:00Z'));
    expect(localDay()).toBe('2026-12-01');
    await logInteraction(entry({ action: 'reply' }));
    await logInteraction(entry({ timestamp: '2026-12-02T00:10:00.000-03:00' }));
    const today = await daySummary();
    expect(today.day).toBe('2026-12-01');
    expect(today.total).toBe(1);
    expect(today.byAction).toEqual({ reply: 1 });
    expect((await daySummary('2026-12-02')).total).toBe(1);
  });

  it('reads the day through the day index, not the whole table', async () => {
    await db().interactions.bulkAdd(
      Array.from({ length: 300 }, (_, i) => row(i < 10 ? '2026-12-01' : '2026-11-01')),
    );
    const toCollection = vi.spyOn(db().interactions, 'toCollection');
    const where = vi.spyOn(db().interactions, 'where');
    expect((await daySummary('2026-12-01')).total).toBe(10);
    expect(toCollection).not.toHaveBeenCalled();
    expect(where).toHaveBeenCalledWith('day');
  });

  describe('running totals', () => {
    const day = '2026-12-01';
    const seed = () =>
      db().interactions.bulkAdd([
        row(day, { action: 'reply', sentiment: 'positive' }),
        row(day, { action: 'tag', sentiment: 'negative', platform: 'youtube' }),
      ]);

    it('adds rows logged since the last summary without reading the day again', async () => {
      await seed();
      expect((await daySummary(day)).total).toBe(2);
      await storedTotals(day, 2); // the rebuilt totals are stored just after
      await db().interactions.bulkAdd([
        row(day, { action: 'reply', platform: 'youtube' }),
        row('2026-12-02'),
      ]);
      const equals = vi.spyOn(db().interactions, 'where');
      const again = await daySummary(day);
      expect(again).toMatchObject({
        total: 3,
        byAction: { reply: 2, tag: 1 },
        bySentiment: { positive: 1, negative: 1, neutral: 1 },
        byNetwork: { x: 1, youtube: 2 },
      });
      // Only the day's count and the rows above the last id were asked for, not the day's rows (a third
      // call may be the stored totals' own staleness check, a count, run just after).
      expect(equals.mock.calls.map(([index]) => index).slice(0, 2)).toEqual(['day', ':id']);
    });

    it('falls back to the rows when a delete makes the totals stop adding up', async () => {
      await seed();
      await daySummary(day);
      const ids = await db().interactions.where('action').equals('reply').primaryKeys();
      await db().interactions.bulkDelete(ids); // behind the cache's back
      expect(await daySummary(day)).toMatchObject({ total: 1, byAction: { tag: 1 } });
      await deleteInteractions((await db().interactions.toCollection().primaryKeys()) as number[]);
      expect(await daySummary(day)).toMatchObject({ total: 0, byAction: {} });
    });

    it('keeps the totals as rows are logged, so the first summary of the day reads no rows', async () => {
      const entry = {
        platform: 'x' as const,
        author: 'a',
        itemId: '',
        itemUrl: '',
        itemText: '',
        intent: [],
        template: '',
        replyText: '',
        flag: '',
        note: '',
      };
      await logInteraction({
        ...entry,
        action: 'reply',
        sentiment: 'positive',
        timestamp: `${day}T09:00:00.000+00:00`,
      });
      await logInteraction({
        ...entry,
        action: 'tag',
        sentiment: 'negative',
        timestamp: `${day}T10:00:00.000+00:00`,
      });
      expect(await db().dayTotals.get(day)).toMatchObject({ total: 2, byAction: { reply: 1, tag: 1 } });
      const toArray = vi.spyOn(db().interactions, 'where');
      expect(await daySummary(day)).toMatchObject({ total: 2, bySentiment: { positive: 1, negative: 1 } });
      expect(toArray.mock.calls.map(([index]) => index).slice(0, 2)).toEqual(['day', ':id']); // a count, no day scan
    });

    it('rebuilds the totals when they are forgotten or corrupt', async () => {
      await seed();
      expect((await daySummary(day)).total).toBe(2);
      await storedTotals(day, 2); // the rebuilt totals are stored just after
      await db().dayTotals.put({ day, total: 99, byAction: {}, bySentiment: {}, byNetwork: {}, lastId: 0 });
      expect((await daySummary(day)).total).toBe(2);
      await storedTotals(day, 2); // the rebuild is stored just after; then forget it
      await forgetSummaries();
      expect(await db().dayTotals.count()).toBe(0);
      expect((await daySummary(day)).total).toBe(2);
    });
  });
});
