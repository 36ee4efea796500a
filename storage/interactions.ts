// The interaction log: every reply, tag, flag and escalation, written once and read by day.
import { localDay, localIsoTimestamp } from '@/core/time';
import Dexie from 'dexie';
import { db, type VoceroDB } from './db';
import type { Interaction, NewInteraction } from './entities';
import { addTally, tally } from '@/core/reports/aggregate';
import { countInteraction } from './people';

/**
 * Appends a row to the log, counts it on the author's person row (if they are a stored person) and adds
 * it to the day's running totals, all in one transaction. Inside a caller's transaction (a tag override,
 * a reply) it writes there; otherwise rows logged in the same moment are written together in one
 * transaction (group commit): five tabs logging a thousand rows each would otherwise queue five thousand
 * transactions on the same stores.
 */
export function logInteraction(entry: NewInteraction, database: VoceroDB = db()): Promise<Interaction> {
  const timestamp = entry.timestamp ?? localIsoTimestamp();
  const row: Interaction = { ...entry, timestamp, day: timestamp.slice(0, 10) };
  if (Dexie.currentTransaction) return writeRows([row], database).then(() => row);
  return new Promise((resolve, reject) => {
    let queue = queues.get(database);
    if (!queue) {
      queue = [];
      queues.set(database, queue);
      setTimeout(() => void flush(database), 0);
    }
    queue.push({ row, resolve, reject });
  });
}

interface Pending {
  row: Interaction;
  resolve(row: Interaction): void;
  reject(error: unknown): void;
}
const queues = new Map<VoceroDB, Pending[]>();
/** At most this many rows per transaction (a big batch would hold the stores for long). */
const BATCH = 500;

async function flush(database: VoceroDB): Promise<void> {
  const queue = queues.get(database) ?? [];
  queues.delete(database);
  for (let i = 0; i < queue.length; i += BATCH) {
    const batch = queue.slice(i, i + BATCH);
    try {
      await writeRows(
        batch.map((p) => p.row),
        database,
      );
      for (const p of batch) p.resolve(p.row);
    } catch (error) {
      // The transaction wrote nothing: every row of the batch fails with the same error.
      for (const p of batch) p.reject(error);
    }
  }
}

function writeRows(rows: Interaction[], database: VoceroDB): Promise<void> {
  return database.transaction('rw', database.interactions, database.people, database.dayTotals, async () => {
    const ids = await database.interactions.bulkAdd(rows, { allKeys: true });
    rows.forEach((row, i) => (row.id = ids[i]));
    const byAuthor = new Map<string, { row: Interaction; n: number }>();
    for (const row of rows) {
      const key = `${row.platform}\n${row.author}`;
      const seen = byAuthor.get(key);
      if (seen) seen.n++;
      else byAuthor.set(key, { row, n: 1 });
    }
    for (const { row, n } of byAuthor.values()) await countInteraction(row.platform, row.author, database, n);
    const byDay = new Map<string, Interaction[]>();
    for (const row of rows) byDay.set(row.day, [...(byDay.get(row.day) ?? []), row]);
    for (const [day, dayRows] of byDay) await addToDayTotals(day, dayRows, database);
  });
}

export function interactionsOfDay(
  day: string = localDay(),
  database: VoceroDB = db(),
): Promise<Interaction[]> {
  return database.interactions.where('day').equals(day).sortBy('timestamp');
}

export function countOfDay(day: string = localDay(), database: VoceroDB = db()): Promise<number> {
  return database.interactions.where('day').equals(day).count();
}

/**
 * Keeps the day's running totals (storage/summary.ts reads them). A day without totals gets them only with
 * its first rows: otherwise the summary rebuilds them from the log, which it also does whenever they stop
 * adding up (deletes, imports).
 */
async function addToDayTotals(day: string, rows: Interaction[], database: VoceroDB): Promise<void> {
  const totals =
    (await database.dayTotals.get(day)) ??
    ((await database.interactions.where('day').equals(day).count()) === rows.length
      ? { day, total: 0, byAction: {}, bySentiment: {}, byNetwork: {}, lastId: 0 }
      : undefined);
  if (!totals) return;
  addTally(totals, tally(rows));
  totals.lastId = Math.max(totals.lastId, ...rows.map((row) => row.id ?? 0));
  await database.dayTotals.put(totals);
}
