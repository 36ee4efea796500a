// The interaction log: every reply, tag, flag and escalation, written once and read by day.
import { localDay, localIsoTimestamp } from '@/core/time';
import { db, type VoceroDB } from './db';
import type { Interaction, NewInteraction } from './entities';
import { addTally, tally } from '@/core/reports/aggregate';
import { countInteraction } from './people';

/** Appends a row to the log and counts it on the author's person row (if they are a stored person). */
export async function logInteraction(entry: NewInteraction, database: VoceroDB = db()): Promise<Interaction> {
  const timestamp = entry.timestamp ?? localIsoTimestamp();
  const row: Interaction = { ...entry, timestamp, day: timestamp.slice(0, 10) };
  return database.transaction('rw', database.interactions, database.people, database.dayTotals, async () => {
    row.id = await database.interactions.add(row);
    await countInteraction(row.platform, row.author, database);
    await addToDayTotals(row, database);
    return row;
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
 * its first row: otherwise the summary rebuilds them from the log, which it also does whenever they stop
 * adding up (deletes, imports).
 */
async function addToDayTotals(row: Interaction, database: VoceroDB): Promise<void> {
  const totals =
    (await database.dayTotals.get(row.day)) ??
    ((await database.interactions.where('day').equals(row.day).count()) === 1
      ? { day: row.day, total: 0, byAction: {}, bySentiment: {}, byNetwork: {}, lastId: 0 }
      : undefined);
  if (!totals) return;
  addTally(totals, tally([row]));
  totals.lastId = Math.max(totals.lastId, row.id ?? 0);
  await database.dayTotals.put(totals);
}
