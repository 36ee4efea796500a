// The versioned file formats of the backup page, as valibot schemas. Pure: no database, no DOM.
//
//   vocero-backup v1     everything: templates, voice guide, people, log, settings, tag overrides,
//                        escalations (optional: files written before they were backed up stay valid)
//   vocero-brand-kit v1  what teammates share: voice guide, templates, people (no log, no settings)
//
// Every field is bounded (strings, arrays, numbers) and objects are strict: an unknown key, a wrong type
// or an oversized string rejects the whole file before anything is written. Strings are never
// interpreted (no HTML, no templates): an `<img onerror>` in a template name stays that text.
import * as v from 'valibot';

export const BACKUP_FORMAT = 'vocero-backup';
export const BRAND_KIT_FORMAT = 'vocero-brand-kit';
export const FILE_VERSION = 1;

/** A file longer than this (characters) is refused before parsing. */
export const MAX_FILE_CHARS = 256 * 2 ** 20;
export const MAX_ROWS = {
  templates: 10_000,
  voice: 100,
  people: 200_000,
  interactions: 2_000_000,
  escalations: 200_000,
} as const;
/** Keys that would reach an object's prototype if the file were ever merged with Object.assign. */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const timestamp = v.pipe(
  v.string(),
  v.maxLength(40),
  v.regex(/^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)?)?$/, 'Not an ISO 8601 date'),
);
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\d$/, 'Not a day (YYYY-MM-DD)'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const rowId = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER));
const SENTIMENT = ['positive', 'neutral', 'negative'] as const;
const INTENT = ['question', 'complaint', 'praise', 'urgent', 'spam'] as const;
const hostname = v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,253}$/i, 'Not a hostname'));

/** The lists the schemas check against (they live outside core/: sites/types.ts, storage/entities.ts). */
export interface Vocabulary {
  platforms: readonly string[];
  actions: readonly string[];
}

export function fileSchemas({ platforms, actions }: Vocabulary) {
  const platform = v.picklist(platforms as string[]);

  const template = v.strictObject({
    id: v.pipe(text(200), v.minLength(1)),
    name: text(500),
    variants: v.pipe(v.array(text(20_000)), v.maxLength(50)),
    category: text(200),
    tags: v.pipe(v.array(text(1000)), v.maxLength(100)),
    lang: v.picklist(['es', 'en', 'any']),
    networks: v.pipe(v.array(platform), v.maxLength(20)),
    shortcut: text(100),
    // Optional fields templates gained later (ranking by intent, variant rotation): a backup Vocero wrote
    // must import back (tests/e2e/hostile.e2e.ts found this).
    intents: v.optional(
      v.pipe(v.array(v.picklist(['question', 'complaint', 'praise', 'urgent', 'spam'])), v.maxLength(5)),
    ),
    recentVariants: v.optional(
      v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(50)),
    ),
    createdAt: timestamp,
    updatedAt: timestamp,
  });

  const voice = v.strictObject({
    id: v.pipe(text(200), v.minLength(1)),
    brandName: text(500),
    persona: text(20_000),
    toneWords: v.pipe(v.array(text(100)), v.maxLength(200)),
    spanishAddress: v.picklist(['tu', 'usted', 'vos']),
    avoid: v.pipe(v.array(v.strictObject({ word: text(200), replacement: text(500) })), v.maxLength(2000)),
    preferred: v.pipe(v.array(text(200)), v.maxLength(2000)),
    emojiPolicy: v.picklist(['none', 'few', 'free']),
    signOffs: v.pipe(v.array(v.strictObject({ agent: text(200), signOff: text(500) })), v.maxLength(200)),
    maxLength: v.pipe(
      v.record(platform, count),
      v.check((record) => Object.keys(record).length <= platforms.length),
    ),
    escalationContacts: v.pipe(
      v.array(v.strictObject({ kind: text(100), name: text(200), email: text(320) })),
      v.maxLength(200),
    ),
    updatedAt: timestamp,
  });

  const personFields = {
    platform,
    handle: text(200),
    displayName: text(500),
    profileUrl: text(2000),
    flag: text(100),
    note: text(5000),
    automatic: v.boolean(),
    firstSeen: timestamp,
    lastSeen: timestamp,
    interactionCount: count,
    /** Not stored by schema v3; accepted so a later version's files with edit times still merge by them. */
    updatedAt: v.optional(timestamp),
    // What the people rules and merges add (storage/people.ts): optional, so older files stay valid.
    autoReason: v.optional(text(100)),
    dismissedRules: v.optional(v.pipe(v.array(text(100)), v.maxLength(20))),
    confirmed: v.optional(v.boolean()),
    mergedInto: v.optional(rowId),
  };
  const person = v.strictObject({ id: v.optional(rowId), ...personFields });

  const interaction = v.strictObject({
    id: v.optional(rowId),
    timestamp,
    day,
    platform,
    action: v.picklist(actions as string[]),
    author: text(200),
    itemId: text(500),
    itemUrl: text(2000),
    itemText: text(20_000),
    sentiment: v.picklist([...SENTIMENT, '']),
    intent: v.pipe(v.array(v.picklist(INTENT)), v.maxLength(INTENT.length)),
    template: text(200),
    replyText: text(20_000),
    flag: text(100),
    note: text(5000),
  });

  const override = v.strictObject({
    itemId: v.pipe(text(500), v.minLength(1)),
    platform,
    author: text(200),
    itemText: text(20_000),
    itemUrl: text(2000),
    sentiment: v.picklist(SENTIMENT),
    intent: v.pipe(v.array(v.picklist(INTENT)), v.maxLength(INTENT.length)),
    updatedAt: timestamp,
  });

  const escalation = v.strictObject({
    id: v.optional(rowId),
    itemId: text(500),
    platform,
    author: text(200),
    itemUrl: text(2000),
    itemText: text(20_000),
    contactKind: text(100),
    contactName: text(200),
    contactEmail: text(320),
    message: text(30_000),
    createdAt: timestamp,
    /** "" while open. */
    doneAt: v.union([v.literal(''), timestamp]),
  });

  /** Known settings are checked field by field; a key added by a later version is kept if it is small. */
  const KNOWN_SETTINGS = {
    language: v.picklist(['auto', 'es', 'en']),
    disabledSites: v.pipe(v.array(hostname), v.maxLength(10_000)),
    mastodonInstances: v.pipe(v.array(hostname), v.maxLength(500)),
    brandRules: v.pipe(
      v.array(
        v.strictObject({
          phrase: text(500),
          sentiment: v.optional(v.picklist(SENTIMENT)),
          intent: v.optional(v.pipe(v.array(v.picklist(INTENT)), v.maxLength(INTENT.length))),
        }),
      ),
      v.maxLength(5000),
    ),
  } as const;
  const setting = v.pipe(
    v.strictObject({ key: v.pipe(text(100), v.minLength(1)), value: v.unknown() }),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const { key, value } = dataset.value;
      const known = (KNOWN_SETTINGS as Record<string, v.GenericSchema>)[key];
      if (known) {
        const result = v.safeParse(known, value);
        if (!result.success)
          addIssue({ message: `setting "${key}": ${describeIssues(result.issues)}`, path: undefined });
      } else if (JSON.stringify(value ?? null).length > 100_000) {
        addIssue({ message: `setting "${key}" is larger than 100,000 characters` });
      }
    }),
  );

  const uniqueBy = <T>(key: (row: T) => string, what: string) =>
    v.check<T[], string>((rows) => new Set(rows.map(key)).size === rows.length, `Duplicate ${what}`);

  const templates = v.pipe(
    v.array(template),
    v.maxLength(MAX_ROWS.templates),
    uniqueBy((row) => row.id, 'template id'),
  );
  const voices = v.pipe(
    v.array(voice),
    v.maxLength(MAX_ROWS.voice),
    uniqueBy((row) => row.id, 'voice guide id'),
  );
  const people = v.pipe(
    v.array(person),
    v.maxLength(MAX_ROWS.people),
    uniqueBy((row) => `${row.platform}\u0000${row.handle}`, 'person (platform + handle)'),
  );

  const backup = v.strictObject({
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(FILE_VERSION),
    exportedAt: timestamp,
    /** The database schema version that wrote the file (informative). */
    schemaVersion: v.optional(count),
    data: v.strictObject({
      templates,
      voice: voices,
      people,
      interactions: v.pipe(v.array(interaction), v.maxLength(MAX_ROWS.interactions)),
      settings: v.pipe(
        v.array(setting),
        v.maxLength(1000),
        uniqueBy((row) => row.key, 'setting key'),
      ),
      overrides: v.pipe(
        v.array(override),
        v.maxLength(MAX_ROWS.people),
        uniqueBy((row) => row.itemId, 'tag override item'),
      ),
      escalations: v.optional(v.pipe(v.array(escalation), v.maxLength(MAX_ROWS.escalations))),
    }),
  });

  const brandKit = v.strictObject({
    format: v.literal(BRAND_KIT_FORMAT),
    version: v.literal(FILE_VERSION),
    exportedAt: timestamp,
    /** Who made the kit, shown to the teammate importing it. */
    author: v.optional(text(200)),
    data: v.strictObject({ templates, voice: voices, people }),
  });

  return { backup, brandKit, template, voice, person, interaction, override, escalation, setting };
}

export type FileSchemas = ReturnType<typeof fileSchemas>;
export type BackupFile = v.InferOutput<FileSchemas['backup']>;
export type BrandKitFile = v.InferOutput<FileSchemas['brandKit']>;

/** "data.templates.3.name: Invalid length…; …" — where the file is wrong, in one line (first 5 issues). */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const shown = issues
    .slice(0, 5)
    .map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
    .join('; ');
  return issues.length > 5 ? `${shown}; and ${issues.length - 5} more` : shown;
}

/** The first key path that names a prototype key (__proto__, constructor, prototype), if any. */
export function findForbiddenKey(value: unknown, path = ''): string | undefined {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length) {
    const [node, at] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      const here = at ? `${at}.${key}` : key;
      if ((FORBIDDEN_KEYS as readonly string[]).includes(key)) return here;
      stack.push([(node as Record<string, unknown>)[key], here]);
    }
  }
  return undefined;
}

export type ParsedFile =
  | { ok: true; kind: 'backup'; file: BackupFile }
  | { ok: true; kind: 'brand-kit'; file: BrandKitFile }
  | { ok: false; reason: string };

/** Text of a file → a validated backup or brand kit, or the reason it is refused. Never throws. */
export function parseFile(textOfFile: string, schemas: FileSchemas): ParsedFile {
  if (textOfFile.length > MAX_FILE_CHARS)
    return { ok: false, reason: `The file is larger than ${MAX_FILE_CHARS / 2 ** 20} MiB.` };
  let json: unknown;
  try {
    json = JSON.parse(textOfFile);
  } catch (error) {
    return { ok: false, reason: `The file is not valid JSON (${(error as Error).message}).` };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return { ok: false, reason: 'The file is not a Vocero backup or brand kit (no object at its top).' };
  const forbidden = findForbiddenKey(json);
  if (forbidden) return { ok: false, reason: `The file holds a forbidden key "${forbidden}".` };
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT && format !== BRAND_KIT_FORMAT)
    return {
      ok: false,
      reason: `Unknown file format ${JSON.stringify(format ?? null).slice(0, 60)}: expected "${BACKUP_FORMAT}" or "${BRAND_KIT_FORMAT}".`,
    };
  if (version !== FILE_VERSION)
    return {
      ok: false,
      reason: `Unsupported ${format} version ${JSON.stringify(version ?? null).slice(0, 20)}: this Vocero reads version ${FILE_VERSION}.`,
    };
  if (format === BACKUP_FORMAT) {
    const result = v.safeParse(schemas.backup, json);
    return result.success
      ? { ok: true, kind: 'backup', file: result.output }
      : { ok: false, reason: `Invalid backup: ${describeIssues(result.issues)}` };
  }
  const result = v.safeParse(schemas.brandKit, json);
  return result.success
    ? { ok: true, kind: 'brand-kit', file: result.output }
    : { ok: false, reason: `Invalid brand kit: ${describeIssues(result.issues)}` };
}
