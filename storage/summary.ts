// The popup's summary of the CM's local day: totals by action, sentiment and network, and the flagged
// people seen today. Reads only that day through the `day` index (and people through `lastSeen`), so its
// cost follows the day's size, not the log's.
//
// Reading a busy day's rows costs time in IndexedDB itself (Chromium: ~70 ms for 5,000 rows, measured
// in tests/bench/log.bench.ts), so the totals are also kept incrementally in the extension's
// localStorage: the popup reads the day's count (an index count, no rows), the rows logged since the last
// summary (by primary key), and adds them up. The log is append-only except for deletes, and a delete
// shows as a count that no longer adds up, which falls back to a full read; imports and deletes also
// forget the cache (forgetSummaries). localStorage is not part of backups.
import { tally, type Counts, type Tally } from '@/core/reports/aggregate';
import { localDay } from '@/core/time';
import { db, type VoceroDB } from './db';
import type { Person } from './entities';

export interface DaySummary extends Tally {
  day: string;
  /** People with a flag whose lastSeen falls on the day, most recently seen first. */
  flaggedSeen: Person[];
}

/** Where the running totals live: the extension origin's localStorage, if there is one. */
export type SummaryStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;
const PREFIX = 'vocero.summary.';
const defaultStore = (): SummaryStore | undefined => {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
};

interface Cached extends Tally {
  /** The highest row id the totals include. */
  lastId: number;
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

function add(into: Counts, from: Counts): void {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
}

function readCache(store: SummaryStore | undefined, day: string): Cached | undefined {
  try {
    const cached = JSON.parse(store?.getItem(PREFIX + day) ?? 'null') as Cached | null;
    return cached && typeof cached.lastId === 'number' && typeof cached.total === 'number'
      ? cached
      : undefined;
  } catch {
    return undefined;
  }
}

/** Today's totals, from the running totals when they still add up, else from the day's rows. */
async function totalsOf(day: string, database: VoceroDB, store: SummaryStore | undefined): Promise<Cached> {
  const cached = readCache(store, day);
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
      const added = tally(fresh);
      const next: Cached = {
        lastId: Math.max(cached.lastId, ...fresh.map((row) => row.id!)),
        total: count,
        byAction: { ...cached.byAction },
        bySentiment: { ...cached.bySentiment },
        byNetwork: { ...cached.byNetwork },
      };
      add(next.byAction, added.byAction);
      add(next.bySentiment, added.bySentiment);
      add(next.byNetwork, added.byNetwork);
      return next;
    }
  }
  const [rows, lastKey] = await Promise.all([
    database.interactions.where('day').equals(day).toArray(),
    database.interactions.orderBy(':id').lastKey(),
  ]);
  return { ...tally(rows), lastId: Math.max(Number(lastKey ?? 0), ...rows.map((row) => row.id!)) };
}

export async function daySummary(
  day: string = localDay(),
  database: VoceroDB = db(),
  store: SummaryStore | undefined = defaultStore(),
): Promise<DaySummary> {
  const [{ lastId: _lastId, ...totals }, flaggedSeen, cache] = await database.transaction(
    'r',
    database.interactions,
    database.people,
    async () => {
      const [totals, flagged] = await Promise.all([
        totalsOf(day, database, store),
        peopleSeenOn(day, database),
      ]);
      return [totals, flagged, totals] as const;
    },
  );
  try {
    store?.setItem(PREFIX + day, JSON.stringify(cache));
  } catch {
    // storage full or unavailable: the next summary reads the rows again
  }
  return { day, ...totals, flaggedSeen };
}

/** Drops every cached day (after deletes, undo and imports, which can change past totals). */
export function forgetSummaries(store: SummaryStore | undefined = defaultStore()): void {
  if (!store) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}
