// The log page's queries: which rows match the filters (as ids, newest first), the rows of one page of
// the list, note edits, and delete with undo.
//
// Delete is a real delete, and undo puts the same rows back (same ids) from the copy deleteInteractions
// returns. We chose this over a soft-delete flag because every other reader of the log (the popup's
// count and summary, the day's export, reports, escalations) would otherwise have to remember to skip
// deleted rows, and a forgotten filter would leak "deleted" data into an export. The cost: undo lives as
// long as the page that holds the copy (the log page offers it for a few seconds).
import type { Collection } from 'dexie';
import type { Platform } from '@/sites/types';
import { db, type VoceroDB } from './db';
import type { Action, Interaction, Sentiment } from './entities';
import { forgetSummaries } from './summary';

export interface LogFilter {
  /** Local days "YYYY-MM-DD", both included; empty = open-ended. */
  from?: string;
  to?: string;
  platform?: Platform | '';
  action?: Action | '';
  /** '' = any; 'none' = rows without a sentiment. */
  sentiment?: Sentiment | 'none' | '';
  /** Author handle, exact after lower-casing and dropping a leading "@". */
  author?: string;
  /** Words that must all occur (case and accents ignored) in the text, reply, note, author or template. */
  text?: string;
}

/** Lower-case, accents dropped: "Atención" matches "atencion". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const normAuthor = (author: string) => author.trim().toLowerCase().replace(/^@/, '');

/** The filter as one predicate over a row (for everything the chosen index does not already cover). */
export function matcher(filter: LogFilter): (row: Interaction) => boolean {
  const words = fold(filter.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const author = normAuthor(filter.author ?? '');
  return (row) => {
    if (filter.from && row.day < filter.from) return false;
    if (filter.to && row.day > filter.to) return false;
    if (filter.platform && row.platform !== filter.platform) return false;
    if (filter.action && row.action !== filter.action) return false;
    if (filter.sentiment && (row.sentiment || 'none') !== filter.sentiment) return false;
    if (author && row.author !== author) return false;
    if (words.length) {
      const haystack = fold(`${row.itemText}\n${row.replyText}\n${row.note}\n${row.author}\n${row.template}`);
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  };
}

const isEmpty = (filter: LogFilter, keys: (keyof LogFilter)[]) =>
  (Object.keys(filter) as (keyof LogFilter)[]).every((key) => keys.includes(key) || !filter[key]);

/**
 * Ids of the rows that match, newest day first and, within a day, newest logged first. The narrowest
 * index decides what is read: an author or a date range, else the whole day index. When the index alone
 * answers the filter only keys are read, never the rows themselves.
 */
export async function matchingIds(filter: LogFilter, database: VoceroDB = db()): Promise<number[]> {
  const table = database.interactions;
  const author = normAuthor(filter.author ?? '');
  let collection: Collection<Interaction, number | undefined, unknown>;
  let covered: (keyof LogFilter)[];
  if (author) {
    collection = table.where('author').equals(author);
    covered = ['author'];
  } else if (filter.from || filter.to) {
    collection = table.where('day').between(filter.from || '', filter.to || '\uffff', true, true);
    covered = ['from', 'to'];
  } else if (filter.platform) {
    collection = table.where('platform').equals(filter.platform);
    covered = ['platform'];
  } else if (filter.action) {
    collection = table.where('action').equals(filter.action);
    covered = ['action'];
  } else {
    collection = table.orderBy('day');
    covered = [];
  }
  // The day index is in day order, then id order: when it alone answers the filter, only keys are read.
  if ((covered.length === 0 || covered[0] === 'from') && isEmpty(filter, covered))
    return ((await collection.primaryKeys()) as number[]).reverse();
  const test = matcher(filter);
  const rows = (await collection.toArray()).filter(test);
  return newestFirst(rows);
}

function newestFirst(rows: (Interaction | undefined)[]): number[] {
  return rows
    .filter((row): row is Interaction => row !== undefined)
    .sort((a, b) => (a.day === b.day ? b.id! - a.id! : a.day < b.day ? 1 : -1))
    .map((row) => row.id!);
}

/** The rows of some ids, in that order (ids deleted meanwhile are left out). */
export async function rowsByIds(ids: readonly number[], database: VoceroDB = db()): Promise<Interaction[]> {
  const rows = await database.interactions.bulkGet([...ids]);
  return rows.filter((row): row is Interaction => row !== undefined);
}

/** The filtered view, oldest first, as the export writes it. */
export async function filteredRows(filter: LogFilter, database: VoceroDB = db()): Promise<Interaction[]> {
  const ids = await matchingIds(filter, database);
  return rowsByIds(ids.reverse(), database);
}

export async function editNote(id: number, note: string, database: VoceroDB = db()): Promise<void> {
  const changed = await database.interactions.update(id, { note: note.slice(0, 5000) });
  if (!changed) throw new Error(`No interaction ${id}`);
}

/** Deletes the rows and returns them as they were, for undoInteractionsDelete. */
export async function deleteInteractions(
  ids: readonly number[],
  database: VoceroDB = db(),
): Promise<Interaction[]> {
  return database
    .transaction('rw', database.interactions, async () => {
      const rows = await rowsByIds(ids, database);
      await database.interactions.bulkDelete(rows.map((row) => row.id!));
      return rows;
    })
    .finally(() => forgetSummaries());
}

/** Puts deleted rows back with their own ids. */
export async function undoInteractionsDelete(
  rows: readonly Interaction[],
  database: VoceroDB = db(),
): Promise<void> {
  await database.interactions.bulkPut([...rows]);
  await forgetSummaries();
}
