// Vocero's one database, opened only by the background and the extension pages (same origin).
// Content scripts run in the page's origin and reach it through messaging/protocol.ts.
//
// Schema rules: never edit a released version; add version(n + 1) with an upgrade() for data changes and a
// test that upgrades data written by the old one (tests/unit/db-upgrade.test.ts).
import Dexie, { type EntityTable } from 'dexie';
import { dayOfTimestamp } from '@/core/time';
import type {
  DayTotals,
  Escalation,
  Interaction,
  Person,
  Setting,
  TagOverride,
  Template,
  VoiceGuide,
} from './entities';

export const DB_NAME = 'vocero';

/** Version 1 as released: the log had no day column; "today" was a timestamp range scan. */
export const SCHEMA_V1 = {
  templates: 'id, name, updatedAt',
  voice: 'id',
  people: '++id, &[platform+handle], flag, lastSeen',
  interactions: '++id, timestamp, platform, author, action',
  settings: 'key',
} as const;

/** Version 2: the log is read by the CM's local day, by network and by author, and by item (tag overrides). */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  interactions: '++id, timestamp, day, platform, author, action, itemId, [day+platform]',
} as const;

/** Version 3: the CM's tag overrides, one row per item (the labelled data the CM can export). */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  overrides: 'itemId, platform, updatedAt',
} as const;

/** Version 4: escalations (complaints handed to their owner), listed by age until done. */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  escalations: '++id, createdAt, doneAt, itemId',
} as const;

/** Version 5: the day's running totals (derived from the log; the popup reads one row). */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  dayTotals: 'day',
} as const;

export const CURRENT_VERSION = 5;

export class VoceroDB extends Dexie {
  templates!: EntityTable<Template, 'id'>;
  voice!: EntityTable<VoiceGuide, 'id'>;
  people!: EntityTable<Person, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  overrides!: EntityTable<TagOverride, 'itemId'>;
  escalations!: EntityTable<Escalation, 'id'>;
  dayTotals!: EntityTable<DayTotals, 'day'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table<Interaction>('interactions')
          .toCollection()
          .modify((row) => {
            row.day = dayOfTimestamp(row.timestamp);
            row.itemId ??= '';
            row.intent ??= [];
          }),
      );
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
  }
}

let shared: VoceroDB | undefined;
/** The shared instance for this JS context. */
export function db(): VoceroDB {
  shared ??= new VoceroDB();
  return shared;
}
