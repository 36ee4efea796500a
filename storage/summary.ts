// The popup's summary of the CM's local day: totals by action, sentiment and network, and the flagged
// people seen today. Reads only that day through the `day` index (and people through `lastSeen`), so its
// cost follows the day's size, not the log's.
//
// Reading a busy day's rows costs time in IndexedDB itself (Chromium: ~70 ms for 5,000 rows, measured in
// tests/bench/log.bench.ts), so the totals are kept as they are written: logInteraction adds each row to
// the day's `dayTotals` row in the same transaction. The summary reads that row, the day's count (an index
// count, no rows) and any rows above the totals' last id (written some other way, e.g. an import); when the
// numbers do not add up (a delete) it rebuilds the totals from the day's rows.
import { addTally, tally, type Tally } from '@/core/reports/aggregate';
import { localDay } from '@/core/time';
import { db, type VoceroDB } from './db';
import type { DayTotals, Person } from './entities';

export interface DaySummary extends Tally {
  day: string;
  /** People with a flag whose lastSeen falls on the day, most recently seen first. */
  flaggedSeen: Person[];
}

/** lastSeen is a local ISO timestamp (or a bare day): its first ten characters are the local day. */
export function peopleSeenOn(day: string, database: VoceroDB = db()): Promise<Person[]> {
  return database.people
    .where('lastSeen')
    .between(day, `${day}\uffff`, true, true)
    .filter((person) => person.flag !== '')
    .toArray()
    .then((people) => people.sort((a, b) => b.lastSeen.localeCompare(a.lastSeen)));
}

/** The day's totals: the running ones when they still add up, else rebuilt from the day's rows. */
async function totalsOf(day: string, database: VoceroDB): Promise<DayTotals> {
  const cached = await database.dayTotals.get(day);
  if (cached) {
    const [count, fresh] = await Promise.all([
      database.interactions.where('day').equals(day).count(),
      database.interactions
        .where(':id')
        .above(cached.lastId)
        .filter((row) => row.day === day)
        .toArray(),
    ]);
    if (cached.total + fresh.length === count) {
      if (!fresh.length) return cached;
      const next = structuredClone(cached);
      addTally(next, tally(fresh));
      next.lastId = Math.max(cached.lastId, ...fresh.map((row) => row.id!));
      keep(next, database);
      return next;
    }
  }
  const [rows, lastKey] = await Promise.all([
    database.interactions.where('day').equals(day).toArray(),
    database.interactions.orderBy(':id').lastKey(),
  ]);
  const rebuilt: DayTotals = {
    day,
    ...tally(rows),
    lastId: Math.max(Number(lastKey ?? 0), ...rows.map((r) => r.id!)),
  };
  keep(rebuilt, database);
  return rebuilt;
}

/**
 * Stores totals the summary had to compute. The popup reads inside a live query, which may not write:
 * the write happens just after, outside it (a lost write only means the next summary computes again).
 */
function keep(totals: DayTotals, database: VoceroDB): void {
  setTimeout(
    () =>
      void database
        .transaction('rw', database.interactions, database.dayTotals, async () => {
          // Only if the day is still what was counted: a delete or import in between makes these stale.
          const count = await database.interactions.where('day').equals(totals.day).count();
          if (count === totals.total) await database.dayTotals.put(totals);
        })
        .catch(() => {}),
    0,
  );
}

export async function daySummary(day: string = localDay(), database: VoceroDB = db()): Promise<DaySummary> {
  const [totals, flaggedSeen] = await database.transaction(
    'r',
    database.interactions,
    database.people,
    database.dayTotals,
    () => Promise.all([totalsOf(day, database), peopleSeenOn(day, database)]),
  );
  const { day: _day, lastId: _lastId, ...counts } = totals;
  return { day, ...counts, flaggedSeen };
}

/** Drops every day's running totals (after deletes, undo and imports, which can change past days). */
export function forgetSummaries(database: VoceroDB = db()): Promise<void> {
  return database.dayTotals.clear();
}
