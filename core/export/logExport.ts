// The day's log as CSV and JSON, exactly as in the contract (CONTRACT.md, "The day's log export").
import Papa from 'papaparse';

/** The fields of one exported row, in the contract's column order. */
export const EXPORT_COLUMNS = [
  'timestamp',
  'platform',
  'action',
  'author',
  'item_url',
  'item_text',
  'sentiment',
  'intent',
  'template',
  'reply_text',
  'flag',
  'note',
] as const;
export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string>;

/** What the exporter needs of a logged interaction (storage's Interaction satisfies it). */
export interface LoggedInteraction {
  timestamp: string;
  platform: string;
  action: string;
  author: string;
  itemUrl: string;
  itemText: string;
  sentiment: string;
  intent: readonly string[];
  template: string;
  replyText: string;
  flag: string;
  note: string;
}

export function toExportRow(entry: LoggedInteraction): ExportRow {
  return {
    timestamp: entry.timestamp,
    platform: entry.platform,
    action: entry.action,
    author: entry.author,
    item_url: entry.itemUrl,
    item_text: entry.itemText,
    sentiment: entry.sentiment,
    intent: entry.intent.join(' '),
    template: entry.template,
    reply_text: entry.replyText,
    flag: entry.flag,
    note: entry.note,
  };
}

/**
 * Cells a spreadsheet would run as a formula. Papa's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/,
 * which misses a formula cell holding a line break ("=1\n2"), so the test is given explicitly.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 CSV with a header row. Papa prefixes a quote to every cell matching FORMULA_START, so a
 * spreadsheet shows it as text instead of running it.
 */
export function logToCsv(entries: readonly LoggedInteraction[]): string {
  return Papa.unparse(
    { fields: [...EXPORT_COLUMNS], data: entries.map((e) => EXPORT_COLUMNS.map((c) => toExportRow(e)[c])) },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
  );
}

export function logToJson(entries: readonly LoggedInteraction[]): string {
  return JSON.stringify(entries.map(toExportRow), null, 2);
}
