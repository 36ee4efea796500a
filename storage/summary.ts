// The popup's summary of the CM's local day: totals by action, sentiment and network, and the flagged
// people seen today. Reads only that day through the `day` index (and people through `lastSeen`), so its
// cost follows the day's size, not the log's.
import { tally, type Counts } from '@/core/reports/aggregate';
import { localDay } from '@/core/time';
import { db, type VoceroDB } from './db';
import type { Person } from './entities';

export interface DaySummary {
  day: string;
  total: number;
  byAction: Counts;
  /** positive / neutral / negative, and "none" for rows without a sentiment. */
  bySentiment: Counts;
  byNetwork: Counts;
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

export async function daySummary(day: string = localDay(), database: VoceroDB = db()): Promise<DaySummary> {
  const [rows, flaggedSeen] = await database.transaction('r', database.interactions, database.people, () =>
    Promise.all([database.interactions.where('day').equals(day).toArray(), peopleSeenOn(day, database)]),
  );
  return { day, ...tally(rows), flaggedSeen };
}
