// The interaction log: every reply, tag, flag and escalation, written once and read by day.
import { localDay, localIsoTimestamp } from '@/core/time';
import { db, type VoceroDB } from './db';
import type { Interaction, NewInteraction } from './entities';
import { countInteraction } from './people';

/** Appends a row to the log and counts it on the author's person row (if they are a stored person). */
export async function logInteraction(entry: NewInteraction, database: VoceroDB = db()): Promise<Interaction> {
  const timestamp = entry.timestamp ?? localIsoTimestamp();
  const row: Interaction = { ...entry, timestamp, day: timestamp.slice(0, 10) };
  return database.transaction('rw', database.interactions, database.people, async () => {
    row.id = await database.interactions.add(row);
    await countInteraction(row.platform, row.author, database);
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
