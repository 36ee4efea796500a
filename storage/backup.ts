// Backup and brand kit: export, preview of what an import would change, and the import itself.
//
// An import is validated whole (core/backup/schema.ts) before anything is written, then planned and
// written inside ONE Dexie transaction over every table: if anything throws midway, IndexedDB aborts the
// transaction and the database is exactly as before.
//
// Merge rule (both file kinds). Rows are matched by their natural key: templates and voice guides by id,
// people by platform + handle, tag overrides by item id, settings by key, log rows by timestamp + platform
// + action + item id + author + template, escalations by creation time + item id + contact's address.
//   - no local row with that key                         → added
//   - a local row equal to the file's (ids aside)        → unchanged
//   - both rows carry updatedAt and the file's is strictly later (as an instant) → changed: the file's
//     row replaces the local one (keeping the local row's database id)
//   - anything else (the local row is as new or newer, the times are equal or unreadable, or the table
//     has no updatedAt: people in schema v3, settings, log rows, escalations) → kept: the local row is not
//     touched (an escalation marked done here stays done; one marked done only in the file stays open).
// So merging never loses a local edit made after the file's version of that row; "replace" is the only
// mode that overwrites, and it says so in the preview (removed / changed counts).
import { fileSchemas, parseFile, type BackupFile, type BrandKitFile } from '@/core/backup/schema';
import { BACKUP_FORMAT, BRAND_KIT_FORMAT, FILE_VERSION } from '@/core/backup/schema';
import { localIsoTimestamp } from '@/core/time';
import { PLATFORMS } from '@/sites/types';
import type { Table } from 'dexie';
import { CURRENT_VERSION, db, type VoceroDB } from './db';
import { ACTIONS } from './entities';
import { forgetSummaries } from './summary';

export const schemas = fileSchemas({ platforms: PLATFORMS, actions: ACTIONS });

export const BACKUP_TABLES = [
  'templates',
  'voice',
  'people',
  'interactions',
  'settings',
  'overrides',
  'escalations',
] as const;
export const BRAND_KIT_TABLES = ['templates', 'voice', 'people'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];
export type ImportMode = 'merge' | 'replace';
export type FileKind = 'backup' | 'brand-kit';

type Row = Record<string, unknown>;

/** The named table (db.templates, …): the same object callers and tests see. */
const tableOf = (database: VoceroDB, name: BackupTable) => database[name] as unknown as Table<Row, unknown>;

// ---- export ----

const stripId = <T extends { id?: unknown }>({ id: _id, ...rest }: T) => rest;

export async function exportBackup(database: VoceroDB = db()): Promise<BackupFile> {
  return database.transaction(
    'r',
    BACKUP_TABLES.map((name) => tableOf(database, name)),
    async () => ({
      format: BACKUP_FORMAT,
      version: FILE_VERSION,
      exportedAt: localIsoTimestamp(),
      schemaVersion: CURRENT_VERSION,
      data: {
        templates: await database.templates.toArray(),
        voice: await database.voice.toArray(),
        people: await database.people.toArray(),
        interactions: await database.interactions.toArray(),
        settings: await database.settings.toArray(),
        overrides: await database.overrides.toArray(),
        escalations: await database.escalations.toArray(),
      },
    }),
  ) as Promise<BackupFile>;
}

/** Voice guide, templates and people, without database ids (they mean nothing on a teammate's machine). */
export async function exportBrandKit(database: VoceroDB = db(), author?: string): Promise<BrandKitFile> {
  return database.transaction('r', database.templates, database.voice, database.people, async () => ({
    format: BRAND_KIT_FORMAT,
    version: FILE_VERSION,
    exportedAt: localIsoTimestamp(),
    ...(author ? { author } : {}),
    data: {
      templates: await database.templates.toArray(),
      voice: await database.voice.toArray(),
      people: (await database.people.toArray()).map(stripId),
    },
  })) as Promise<BrandKitFile>;
}

export function fileName(kind: FileKind, day: string): string {
  return kind === 'backup' ? `vocero-backup-${day}.json` : `vocero-brand-kit-${day}.json`;
}

// ---- preview and import ----

export interface TableDiff {
  added: number;
  changed: number;
  unchanged: number;
  /** Rows that differ but where the local one stays (merge rule above). */
  kept: number;
  /** Local rows a replace removes. */
  removed: number;
  /** Up to five names of added / changed / kept rows, for the preview (plain text, never HTML). */
  examples: { added: string[]; changed: string[]; kept: string[] };
}
export type Diff = Partial<Record<BackupTable, TableDiff>>;

export type ImportResult =
  | { ok: true; kind: FileKind; mode: ImportMode; diff: Diff; exportedAt: string; author?: string }
  | { ok: false; reason: string };

const naturalKey: Record<BackupTable, (row: Row) => string> = {
  templates: (row) => String(row.id),
  voice: (row) => String(row.id),
  people: (row) => JSON.stringify([row.platform, row.handle]),
  overrides: (row) => String(row.itemId),
  settings: (row) => String(row.key),
  interactions: (row) =>
    JSON.stringify([row.timestamp, row.platform, row.action, row.itemId, row.author, row.template]),
  escalations: (row) => JSON.stringify([row.createdAt, row.itemId, row.contactEmail]),
};

const label: Record<BackupTable, (row: Row) => string> = {
  templates: (row) => String(row.name || row.id),
  voice: (row) => String(row.brandName || row.id),
  people: (row) => `${String(row.platform)}: ${String(row.handle)}`,
  overrides: (row) => String(row.itemId),
  settings: (row) => String(row.key),
  interactions: (row) => `${String(row.timestamp)} ${String(row.action)} ${String(row.author)}`,
  escalations: (row) => `${String(row.createdAt)} ${String(row.contactName)}: ${String(row.author)}`,
};

/** Tables whose primary key is an auto-increment id the file's rows must not carry into a merge. */
const AUTO_ID = new Set<BackupTable>(['people', 'interactions', 'escalations']);

/** JSON with sorted keys, so two rows compare by content whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
const sameContent = (a: Row, b: Row) => canonical(stripId(a)) === canonical(stripId(b));

function fileIsNewer(incoming: Row, local: Row): boolean {
  if (typeof incoming.updatedAt !== 'string' || typeof local.updatedAt !== 'string') return false;
  const [theirs, ours] = [Date.parse(incoming.updatedAt), Date.parse(local.updatedAt)];
  return Number.isFinite(theirs) && Number.isFinite(ours) && theirs > ours;
}

interface TablePlan {
  clear: boolean;
  put: Row[];
  diff: TableDiff;
}

function planTable(
  name: BackupTable,
  incoming: readonly Row[],
  local: readonly Row[],
  mode: ImportMode,
): TablePlan {
  const key = naturalKey[name];
  const localByKey = new Map(local.map((row) => [key(row), row]));
  const diff: TableDiff = {
    added: 0,
    changed: 0,
    unchanged: 0,
    kept: 0,
    removed: 0,
    examples: { added: [], changed: [], kept: [] },
  };
  const note = (what: 'added' | 'changed' | 'kept', row: Row) => {
    diff[what]++;
    if (diff.examples[what].length < 5) diff.examples[what].push(label[name](row).slice(0, 120));
  };
  const put: Row[] = [];
  const seen = new Set<string>();
  for (const row of incoming) {
    const k = key(row);
    seen.add(k);
    const mine = localByKey.get(k);
    if (mode === 'replace') {
      // Everything local goes; the file's rows are written as they are (their own ids, if any).
      if (!mine) note('added', row);
      else if (sameContent(row, mine)) diff.unchanged++;
      else note('changed', row);
      put.push(row);
      continue;
    }
    if (!mine) {
      note('added', row);
      put.push(AUTO_ID.has(name) ? stripId(row) : row);
    } else if (sameContent(row, mine)) diff.unchanged++;
    else if (fileIsNewer(row, mine)) {
      note('changed', row);
      put.push(AUTO_ID.has(name) ? { ...stripId(row), id: mine.id } : row);
    } else note('kept', mine);
  }
  if (mode === 'replace') diff.removed = local.filter((row) => !seen.has(key(row))).length;
  return { clear: mode === 'replace', put, diff };
}

type Parsed = Extract<ReturnType<typeof parseFile>, { ok: true }>;

function tablesOf(parsed: Parsed): readonly BackupTable[] {
  return parsed.kind === 'backup' ? BACKUP_TABLES : BRAND_KIT_TABLES;
}

function rowsOf(parsed: Parsed, name: BackupTable): Row[] {
  return ((parsed.file.data as Partial<Record<BackupTable, Row[]>>)[name] ?? []) as Row[];
}

async function planImport(parsed: Parsed, mode: ImportMode, database: VoceroDB) {
  const plans = new Map<BackupTable, TablePlan>();
  for (const name of tablesOf(parsed)) {
    const local = (await tableOf(database, name).toArray()) as Row[];
    plans.set(name, planTable(name, rowsOf(parsed, name), local, mode));
  }
  return plans;
}

function summary(parsed: Parsed, mode: ImportMode, plans: Map<BackupTable, TablePlan>): ImportResult {
  const diff: Diff = Object.fromEntries([...plans].map(([name, plan]) => [name, plan.diff]));
  const author = parsed.kind === 'brand-kit' ? parsed.file.author : undefined;
  return {
    ok: true,
    kind: parsed.kind,
    mode,
    diff,
    exportedAt: parsed.file.exportedAt,
    ...(author ? { author } : {}),
  };
}

/** What importing this file would change, table by table; writes nothing. */
export async function previewImport(
  text: string,
  mode: ImportMode,
  database: VoceroDB = db(),
): Promise<ImportResult> {
  const parsed = parseFile(text, schemas);
  if (!parsed.ok) return parsed;
  const plans = await database.transaction(
    'r',
    tablesOf(parsed).map((name) => tableOf(database, name)),
    () => planImport(parsed, mode, database),
  );
  return summary(parsed, mode, plans);
}

/**
 * Validates the whole file, then plans and writes it in one transaction over every table it touches.
 * A refused file or a failure midway leaves the database as it was; the result says why.
 */
export async function importFile(
  text: string,
  mode: ImportMode,
  database: VoceroDB = db(),
): Promise<ImportResult> {
  const parsed = parseFile(text, schemas);
  if (!parsed.ok) return parsed;
  try {
    const plans = await database.transaction(
      'rw',
      tablesOf(parsed).map((name) => tableOf(database, name)),
      async () => {
        const plans = await planImport(parsed, mode, database);
        for (const [name, plan] of plans) {
          const table = tableOf(database, name);
          if (plan.clear) await table.clear();
          if (plan.put.length) await table.bulkPut(plan.put);
        }
        return plans;
      },
    );
    await forgetSummaries();
    return summary(parsed, mode, plans);
  } catch (error) {
    return {
      ok: false,
      reason: `The import was stopped and nothing was changed: ${(error as Error).message}`,
    };
  }
}
