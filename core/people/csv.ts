// People ↔ CSV. Export neutralises formula cells (Papa's escapeFormulae: a leading ' before = + - @ tab CR);
// import undoes exactly that, then validates every row with valibot before the caller writes anything, and
// reports errors by row number (the header is row 1, as a spreadsheet shows it). Pure: no DOM, no database.
import Papa from 'papaparse';
import * as v from 'valibot';
import { normalizeFlagKind } from './flagKinds';
import { RULE_IDS } from './rules';
import { normalizeHandle, personKey, type PersonLike } from './types';

export const PEOPLE_CSV_COLUMNS = [
  'platform',
  'handle',
  'display_name',
  'profile_url',
  'flag',
  'note',
  'automatic',
  'auto_reason',
  'dismissed_rules',
  'confirmed',
  'first_seen',
  'last_seen',
  'interaction_count',
  'same_as',
] as const;
export type PeopleCsvColumn = (typeof PEOPLE_CSV_COLUMNS)[number];

/** A person as read from a file; `sameAs` is the "platform:handle" of the row it is linked to. */
export type PersonRecord = Omit<PersonLike, 'id' | 'mergedInto'> & { sameAs: string };

/** Why a file or a row was refused. `row` 0 is the whole file; `code` is translated by the UI. */
export interface CsvError {
  row: number;
  field: string;
  code:
    | 'tooLarge'
    | 'empty'
    | 'missingColumn'
    | 'malformed'
    | 'required'
    | 'invalid'
    | 'tooLong'
    | 'duplicate'
    | 'unknownLink';
}

export interface ParsedPeople {
  rows: { row: number; person: PersonRecord }[];
  errors: CsvError[];
}

export const MAX_CSV_BYTES = 20 * 1024 * 1024;
export const MAX_CSV_ROWS = 50_000;

/** A person → one CSV record (all cells text). */
export function toCsvRecord(person: PersonLike, sameAs = ''): Record<PeopleCsvColumn, string> {
  return {
    platform: person.platform,
    handle: person.handle,
    display_name: person.displayName,
    profile_url: person.profileUrl,
    flag: person.flag,
    note: person.note,
    automatic: person.automatic ? 'true' : 'false',
    auto_reason: person.autoReason ?? '',
    dismissed_rules: (person.dismissedRules ?? []).join(' '),
    confirmed: person.confirmed ? 'true' : 'false',
    first_seen: person.firstSeen,
    last_seen: person.lastSeen,
    interaction_count: String(person.interactionCount),
    same_as: sameAs,
  };
}

/** Cells a spreadsheet would run as a formula (CONTRACT.md: = + - @ tab CR), whatever follows. */
const FORMULA = /^[=+\-@\t\r]/;

/** RFC 4180 CSV with a header row; `sameAsOf` gives the linked row's "platform:handle" for merged rows. */
export function peopleToCsv(
  people: readonly PersonLike[],
  sameAsOf: (person: PersonLike) => string = () => '',
): string {
  return Papa.unparse(
    {
      fields: [...PEOPLE_CSV_COLUMNS],
      data: people.map((p) => {
        const record = toCsvRecord(p, sameAsOf(p));
        return PEOPLE_CSV_COLUMNS.map((c) => record[c]);
      }),
    },
    // Papa's own `true` is /^[=+\-@\t\r].*$/, which misses a formula cell that holds a line break.
    { escapeFormulae: FORMULA, newline: '\r\n', quotes: false },
  );
}

/** Undoes escapeFormulae: "'=1+1" → "=1+1" (only a quote before a formula character is ours). */
export const unescapeFormula = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

// ---- validation -------------------------------------------------------------------------------------------

const ISO = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:\d\d)?)?$/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/; // eslint-disable-line no-control-regex
const BOOL = v.picklist(['', 'true', 'false', '1', '0', 'yes', 'no', 'sí', 'si'], 'invalid');
const asBool = (s: string) => ['true', '1', 'yes', 'sí', 'si'].includes(s);

const text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, 'tooLong'),
    v.check((s) => !CONTROL.test(s), 'invalid'),
  );

const isWebUrl = (s: string) => {
  if (!s) return true;
  try {
    const url = new URL(s);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

const rowSchema = (platforms: readonly string[]) =>
  v.object({
    platform: v.picklist([...platforms], 'invalid'),
    handle: v.pipe(
      v.string(),
      v.minLength(1, 'required'),
      v.maxLength(100, 'tooLong'),
      v.check((s) => !/\s/.test(s) && !CONTROL.test(s), 'invalid'),
    ),
    display_name: text(200),
    profile_url: v.pipe(v.string(), v.maxLength(2000, 'tooLong'), v.check(isWebUrl, 'invalid')),
    flag: v.pipe(
      v.string(),
      v.check((s) => s === '' || normalizeFlagKind(s) !== null, 'invalid'),
    ),
    note: text(5000),
    automatic: BOOL,
    auto_reason: v.picklist(['', ...RULE_IDS], 'invalid'),
    dismissed_rules: v.pipe(
      v.string(),
      v.check(
        (s) => s.split(/\s+/).every((r) => r === '' || (RULE_IDS as readonly string[]).includes(r)),
        'invalid',
      ),
    ),
    confirmed: BOOL,
    first_seen: v.pipe(
      v.string(),
      v.check((s) => s === '' || ISO.test(s), 'invalid'),
    ),
    last_seen: v.pipe(
      v.string(),
      v.check((s) => s === '' || ISO.test(s), 'invalid'),
    ),
    interaction_count: v.pipe(
      v.string(),
      v.check((s) => s === '' || /^\d{1,9}$/.test(s), 'invalid'),
    ),
    same_as: v.pipe(v.string(), v.maxLength(200, 'tooLong')),
  });

const REQUIRED_COLUMNS: PeopleCsvColumn[] = ['platform', 'handle'];

/**
 * Reads a people CSV. Every row is validated; nothing is returned as valid unless the whole file is (callers
 * write only when `errors` is empty). `now` fills missing first/last seen. Links (`same_as`) must name a row
 * of the file or one of `knownKeys` (people already stored).
 */
export function parsePeopleCsv(
  input: string,
  options: { platforms: readonly string[]; now: string; knownKeys?: ReadonlySet<string> },
): ParsedPeople {
  const errors: CsvError[] = [];
  if (input.length > MAX_CSV_BYTES) return { rows: [], errors: [{ row: 0, field: '', code: 'tooLarge' }] };
  const parsed = Papa.parse<string[]>(input.replace(/^\ufeff/, ''), {
    header: false,
    skipEmptyLines: 'greedy',
  });
  const [header, ...records] = parsed.data;
  if (!header || header.every((h) => !h.trim()))
    return { rows: [], errors: [{ row: 0, field: '', code: 'empty' }] };
  if (records.length > MAX_CSV_ROWS) return { rows: [], errors: [{ row: 0, field: '', code: 'tooLarge' }] };
  for (const e of parsed.errors)
    if (e.code !== 'UndetectableDelimiter')
      errors.push({ row: (e.row ?? -1) + 1 || 0, field: '', code: 'malformed' });

  const columns = header.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  for (const required of REQUIRED_COLUMNS)
    if (!columns.includes(required)) errors.push({ row: 1, field: required, code: 'missingColumn' });
  if (errors.some((e) => e.code === 'missingColumn')) return { rows: [], errors };

  const schema = rowSchema(options.platforms);
  const rows: ParsedPeople['rows'] = [];
  const seen = new Map<string, number>();
  records.forEach((cells, index) => {
    const row = index + 2;
    const raw = Object.fromEntries(PEOPLE_CSV_COLUMNS.map((c) => [c, ''])) as Record<PeopleCsvColumn, string>;
    columns.forEach((column, i) => {
      if ((PEOPLE_CSV_COLUMNS as readonly string[]).includes(column))
        raw[column as PeopleCsvColumn] = unescapeFormula(cells[i] ?? '');
    });
    raw.platform = raw.platform.trim().toLowerCase();
    raw.handle = normalizeHandle(raw.handle);
    raw.flag = raw.flag.trim();
    raw.automatic = raw.automatic.trim().toLowerCase();
    raw.confirmed = raw.confirmed.trim().toLowerCase();
    raw.auto_reason = raw.auto_reason.trim().toLowerCase();
    raw.same_as = raw.same_as.trim().toLowerCase();
    for (const key of ['first_seen', 'last_seen', 'interaction_count', 'profile_url'] as const)
      raw[key] = raw[key].trim();
    const result = v.safeParse(schema, raw, { abortPipeEarly: true });
    if (!result.success) {
      for (const issue of result.issues)
        errors.push({
          row,
          field: String(issue.path?.[0]?.key ?? ''),
          code: issue.message as CsvError['code'],
        });
      return;
    }
    const r = result.output;
    const key = personKey(r.platform, r.handle);
    if (seen.has(key)) return errors.push({ row, field: 'handle', code: 'duplicate' });
    seen.set(key, row);
    const firstSeen = r.first_seen || r.last_seen || options.now;
    const lastSeen = r.last_seen || firstSeen;
    rows.push({
      row,
      person: {
        platform: r.platform,
        handle: r.handle,
        displayName: r.display_name.trim(),
        profileUrl: r.profile_url,
        flag: r.flag ? (normalizeFlagKind(r.flag) ?? '') : '',
        note: r.note,
        automatic: r.flag !== '' && asBool(r.automatic),
        ...(r.auto_reason ? { autoReason: r.auto_reason } : {}),
        ...(r.dismissed_rules.trim() ? { dismissedRules: r.dismissed_rules.trim().split(/\s+/) } : {}),
        ...(asBool(r.confirmed) ? { confirmed: true } : {}),
        firstSeen,
        lastSeen,
        interactionCount: r.interaction_count ? Number(r.interaction_count) : 0,
        sameAs: r.same_as,
      },
    });
  });
  for (const { row, person } of rows)
    if (
      person.sameAs &&
      (person.sameAs === personKey(person.platform, person.handle) ||
        (!seen.has(person.sameAs) && !options.knownKeys?.has(person.sameAs)))
    )
      errors.push({ row, field: 'same_as', code: 'unknownLink' });
  errors.sort((a, b) => a.row - b.row);
  return { rows: errors.length ? [] : rows, errors };
}
