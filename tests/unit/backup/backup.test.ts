import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT, BRAND_KIT_FORMAT } from '@/core/backup/schema';
import { db } from '@/storage/db';
import type { Escalation, Person, Template, VoiceGuide } from '@/storage/entities';
import { exportBackup, exportBrandKit, importFile, previewImport } from '@/storage/backup';
import { row } from '../log/fixtures';

const template = (patch: Partial<Template> = {}): Template => ({
  id: 'gracias',
  name: 'Gracias',
  variants: ['¡Gracias, {nombre}!'],
  category: 'agradecer',
  tags: ['positivo'],
  lang: 'es',
  networks: ['x', 'youtube'],
  shortcut: 'gr',
  createdAt: '2026-11-01T10:00:00.000-03:00',
  updatedAt: '2026-11-01T10:00:00.000-03:00',
  ...patch,
});
const voice = (patch: Partial<VoiceGuide> = {}): VoiceGuide => ({
  id: 'default',
  brandName: 'Café Sur',
  persona: 'Cercana',
  toneWords: ['cálida'],
  spanishAddress: 'vos',
  avoid: [{ word: 'problema', replacement: 'inconveniente' }],
  preferred: ['equipo'],
  emojiPolicy: 'few',
  signOffs: [{ agent: 'Lu', signOff: '— Lu' }],
  maxLength: { x: 280 },
  escalationContacts: [{ kind: 'legal', name: 'Marta', email: 'legal@example.com' }],
  updatedAt: '2026-11-01T10:00:00.000-03:00',
  ...patch,
});
const person = (patch: Partial<Person> = {}): Person => ({
  platform: 'x',
  handle: 'laura_m',
  displayName: 'Laura',
  profileUrl: 'https://x.com/laura_m',
  flag: 'influencer',
  note: '',
  automatic: false,
  firstSeen: '2026-11-01T10:00:00.000-03:00',
  lastSeen: '2026-12-01T10:00:00.000-03:00',
  interactionCount: 3,
  ...patch,
});

async function seed() {
  const d = db();
  await d.templates.bulkAdd([template(), template({ id: 'disculpa', name: 'Disculpa' })]);
  await d.voice.add(voice());
  await d.people.bulkAdd([person(), person({ platform: 'youtube', handle: '@canal', flag: 'vip' })]);
  await d.interactions.bulkAdd([row('2026-12-01', { action: 'reply' }), row('2026-12-02', { note: 'nota' })]);
  await d.settings.bulkPut([
    { key: 'language', value: 'es' },
    { key: 'disabledSites', value: ['www.facebook.com'] },
  ]);
  await d.overrides.add({
    itemId: 'x:1',
    platform: 'x',
    author: 'ana',
    itemText: 'Hola',
    itemUrl: '',
    sentiment: 'negative',
    intent: ['complaint'],
    updatedAt: '2026-12-01T10:00:00.000-03:00',
  });
  await d.escalations.bulkAdd([
    escalation(),
    escalation({ itemId: 'x:2', doneAt: '2026-12-01T12:00:00.000-03:00' }),
  ]);
}

function escalation(patch: Partial<Escalation> = {}): Escalation {
  return {
    itemId: 'x:1',
    platform: 'x',
    author: 'ana',
    itemUrl: 'https://x.com/ana/status/1',
    itemText: 'Me cobraron dos veces',
    contactKind: 'billing',
    contactName: 'Marta',
    contactEmail: 'cobros@example.com',
    message: 'Cobro doble: ¿lo revisás?',
    createdAt: '2026-12-01T10:05:00.000-03:00',
    doneAt: '',
    ...patch,
  };
}

/** Every table's rows, to compare before and after. */
async function snapshot() {
  const d = db();
  return Object.fromEntries(
    await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
}

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
});

describe('backup', () => {
  it('round-trips everything: export, wipe, import replace gives the same database', async () => {
    await seed();
    const before = await snapshot();
    const file = JSON.stringify(await exportBackup());
    expect(JSON.parse(file)).toMatchObject({ format: BACKUP_FORMAT, version: 1 });
    await Promise.all(db().tables.map((table) => table.clear()));
    const result = await importFile(file, 'replace');
    expect(result).toMatchObject({ ok: true, kind: 'backup', mode: 'replace' });
    expect(await snapshot()).toEqual(before);
  });

  it('merging a backup into the same database changes nothing and says so', async () => {
    await seed();
    const before = await snapshot();
    const file = JSON.stringify(await exportBackup());
    const result = await importFile(file, 'merge');
    if (!result.ok) throw new Error(result.reason);
    for (const diff of Object.values(result.diff))
      expect(diff).toMatchObject({ added: 0, changed: 0, kept: 0 });
    expect(result.diff.interactions?.unchanged).toBe(2);
    expect(await snapshot()).toEqual(before);
  });

  it('previews added / changed / unchanged / removed per table without writing', async () => {
    await seed();
    const file = await exportBackup();
    file.data.templates.push(template({ id: 'nueva', name: 'Nueva' }));
    file.data.templates[0]!.variants = ['Otra'];
    file.data.templates[0]!.updatedAt = '2026-12-05T10:00:00.000-03:00';
    file.data.interactions.push(row('2026-12-03', { action: 'flag' }));
    file.data.people.pop();
    const before = await snapshot();
    const merge = await previewImport(JSON.stringify(file), 'merge');
    if (!merge.ok) throw new Error(merge.reason);
    expect(merge.diff.templates).toMatchObject({ added: 1, changed: 1, unchanged: 1, kept: 0, removed: 0 });
    expect(merge.diff.templates?.examples.added).toEqual(['Nueva']);
    expect(merge.diff.interactions).toMatchObject({ added: 1, unchanged: 2 });
    expect(merge.diff.people).toMatchObject({ added: 0, unchanged: 1, removed: 0 });
    const replace = await previewImport(JSON.stringify(file), 'replace');
    if (!replace.ok) throw new Error(replace.reason);
    expect(replace.diff.people).toMatchObject({ unchanged: 1, removed: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it('carries the open and done escalations; a file written before they were backed up still imports', async () => {
    await seed();
    const file = await exportBackup();
    expect(file.data.escalations?.map((e) => e.doneAt)).toEqual(['', '2026-12-01T12:00:00.000-03:00']);
    // The same escalation marked done here after the export: merging the file keeps it done.
    const [open] = await db().escalations.where('itemId').equals('x:1').toArray();
    await db().escalations.update(open!.id!, { doneAt: '2026-12-02T09:00:00.000-03:00' });
    const merged = await importFile(JSON.stringify(file), 'merge');
    if (!merged.ok) throw new Error(merged.reason);
    expect(merged.diff.escalations).toMatchObject({ added: 0, kept: 1, unchanged: 1 });
    expect((await db().escalations.get(open!.id!))?.doneAt).toBe('2026-12-02T09:00:00.000-03:00');
    // An older file has no escalations key at all.
    const { escalations: _dropped, ...olderData } = file.data;
    await Promise.all(db().tables.map((table) => table.clear()));
    const older = await importFile(JSON.stringify({ ...file, data: olderData }), 'replace');
    expect(older).toMatchObject({ ok: true });
    expect(await db().templates.count()).toBe(2);
    expect(await db().escalations.count()).toBe(0);
  });

  it('refuses an escalation with a malformed date, writing nothing', async () => {
    await seed();
    const before = await snapshot();
    const file = await exportBackup();
    file.data.escalations![0]!.doneAt = 'yesterday';
    const result = await importFile(JSON.stringify(file), 'merge');
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/data\.escalations\.0\.doneAt/),
    });
    expect(await snapshot()).toEqual(before);
  });

  it('an import that throws midway changes nothing', async () => {
    await seed();
    const file = await exportBackup();
    file.data.templates.push(template({ id: 'nueva', name: 'Nueva' }));
    file.data.people.push(person({ handle: 'nuevo' }));
    file.data.interactions.push(row('2026-12-03'));
    const before = await snapshot();
    // templates are written first; then the people write fails.
    vi.spyOn(db().people, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    for (const mode of ['merge', 'replace'] as const) {
      const result = await importFile(JSON.stringify(file), mode);
      expect(result).toEqual({ ok: false, reason: expect.stringMatching(/nothing was changed: disk full/) });
      expect(await snapshot()).toEqual(before);
      vi.spyOn(db().interactions, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    }
  });
});

describe('brand kit', () => {
  it('holds voice guide, templates and people only, without local ids', async () => {
    await seed();
    const kit = await exportBrandKit(db(), 'Lu');
    expect(kit.format).toBe(BRAND_KIT_FORMAT);
    expect(Object.keys(kit.data).sort()).toEqual(['people', 'templates', 'voice']);
    expect(kit.data.people.every((p) => !('id' in p))).toBe(true);
    expect(kit.author).toBe('Lu');
  });

  it('merging never loses a local edit made after the kit’s version; newer kit rows win', async () => {
    await seed();
    const kit = await exportBrandKit();
    // Teammate's kit: "gracias" edited on 2026-11-10, "disculpa" edited on 2026-12-10, one new template,
    // voice guide edited on 2026-11-20, a person re-flagged, a new person.
    kit.data.templates[0] = template({ variants: ['kit'], updatedAt: '2026-11-10T10:00:00.000-03:00' });
    kit.data.templates[1] = template({
      id: 'disculpa',
      name: 'Disculpa (kit)',
      updatedAt: '2026-12-10T10:00:00.000-03:00',
    });
    kit.data.templates.push(template({ id: 'bienvenida', name: 'Bienvenida' }));
    kit.data.voice[0] = voice({ persona: 'Formal', updatedAt: '2026-11-20T10:00:00.000-03:00' });
    kit.data.people[0] = { ...kit.data.people[0]!, flag: 'detractor' };
    kit.data.people.push({ ...person({ handle: 'nuevo', flag: 'advocate' }) });
    // Locally, after the teammate's copy: "gracias" and the voice guide were edited on 2026-12-01.
    await db().templates.update('gracias', {
      variants: ['local'],
      updatedAt: '2026-12-01T10:00:00.000-03:00',
    });
    await db().voice.update('default', { persona: 'Local', updatedAt: '2026-12-01T10:00:00.000-03:00' });
    const logBefore = await db().interactions.toArray();

    const result = await importFile(JSON.stringify(kit), 'merge');
    if (!result.ok) throw new Error(result.reason);
    expect(result.diff.templates).toMatchObject({ added: 1, changed: 1, kept: 1 });
    expect(result.diff.voice).toMatchObject({ kept: 1 });
    expect(result.diff.people).toMatchObject({ added: 1, kept: 1 });
    expect(result.diff.interactions).toBeUndefined();

    expect((await db().templates.get('gracias'))?.variants).toEqual(['local']); // local newer: kept
    expect((await db().templates.get('disculpa'))?.name).toBe('Disculpa (kit)'); // kit newer: taken
    expect(await db().templates.get('bienvenida')).toBeTruthy();
    expect((await db().voice.get('default'))?.persona).toBe('Local');
    const laura = await db().people.where('[platform+handle]').equals(['x', 'laura_m']).first();
    expect(laura?.flag).toBe('influencer'); // people have no updatedAt in schema v3: local wins
    expect(await db().people.where('[platform+handle]').equals(['x', 'nuevo']).count()).toBe(1);
    expect(await db().interactions.toArray()).toEqual(logBefore);
    expect((await db().settings.get('language'))?.value).toBe('es');
  });

  it('equal edit times keep the local row', async () => {
    await seed();
    const kit = await exportBrandKit();
    kit.data.templates[0]!.variants = ['kit, same time'];
    await importFile(JSON.stringify(kit), 'merge');
    expect((await db().templates.get('gracias'))?.variants).toEqual(['¡Gracias, {nombre}!']);
  });

  it('replace swaps the kit tables only', async () => {
    await seed();
    const kit = await exportBrandKit();
    kit.data.templates = [template({ id: 'solo', name: 'Solo' })];
    const result = await importFile(JSON.stringify(kit), 'replace');
    expect(result.ok && result.diff.templates).toMatchObject({ added: 1, removed: 2 });
    expect((await db().templates.toArray()).map((t) => t.id)).toEqual(['solo']);
    expect(await db().interactions.count()).toBe(2);
  });
});

describe('refused files change nothing and say why', () => {
  const validKit = () => ({
    format: BRAND_KIT_FORMAT,
    version: 1,
    exportedAt: '2026-12-01T10:00:00.000-03:00',
    data: { templates: [template()], voice: [voice()], people: [person()] },
  });

  it.each<[string, string, RegExp]>([
    ['malformed JSON', '{"format": "vocero-backup", ', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
    ['a JSON array', '[]', /not a Vocero backup/],
    [
      'a foreign format',
      JSON.stringify({ format: 'other-app', version: 1 }),
      /Unknown file format "other-app"/,
    ],
    [
      'a newer version',
      JSON.stringify({ ...validKit(), version: 2 }),
      /Unsupported vocero-brand-kit version 2/,
    ],
    [
      'a missing table',
      JSON.stringify({ ...validKit(), data: { templates: [], voice: [] } }),
      /Invalid brand kit: data\.people/,
    ],
    [
      'a wrong type',
      JSON.stringify({
        ...validKit(),
        data: { ...validKit().data, templates: [{ ...template(), variants: 'hola' }] },
      }),
      /data\.templates\.0\.variants/,
    ],
    [
      'an unknown field',
      JSON.stringify({
        ...validKit(),
        data: { ...validKit().data, templates: [{ ...template(), run: 'x' }] },
      }),
      /data\.templates\.0\.run/,
    ],
    [
      'an unknown network',
      JSON.stringify({
        ...validKit(),
        data: { ...validKit().data, people: [person({ platform: 'myspace' as never })] },
      }),
      /data\.people\.0\.platform/,
    ],
    [
      'a huge string',
      JSON.stringify({
        ...validKit(),
        data: { ...validKit().data, templates: [template({ name: 'x'.repeat(1_000_000) })] },
      }),
      /data\.templates\.0\.name: Invalid length/,
    ],
    [
      'a __proto__ key',
      JSON.stringify(validKit()).replace('"id":"gracias"', '"id":"gracias","__proto__":{"polluted":true}'),
      /forbidden key "data\.templates\.0\.__proto__"/,
    ],
    [
      'a constructor.prototype key',
      JSON.stringify({ ...validKit(), constructor: { prototype: { polluted: true } } }),
      /forbidden key "constructor"/,
    ],
    [
      'duplicate ids',
      JSON.stringify({ ...validKit(), data: { ...validKit().data, templates: [template(), template()] } }),
      /Duplicate template id/,
    ],
    [
      'a bad setting value',
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 1,
        exportedAt: '2026-12-01T10:00:00.000-03:00',
        data: {
          templates: [],
          voice: [],
          people: [],
          interactions: [],
          overrides: [],
          settings: [{ key: 'language', value: '<script>' }],
        },
      }),
      /setting "language"/,
    ],
  ])('%s', async (_name, text, reason) => {
    await seed();
    const before = await snapshot();
    for (const mode of ['merge', 'replace'] as const) {
      const result = await importFile(text, mode);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
      expect((await previewImport(text, mode)).ok).toBe(false);
    }
    expect(await snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps hostile strings as plain data', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>{{constructor}}=cmd|calc';
    const kit = validKit();
    kit.data.templates[0] = template({ name: hostile, variants: [hostile] });
    const result = await importFile(JSON.stringify(kit), 'merge');
    expect(result.ok && result.diff.templates?.examples.added).toEqual([hostile.slice(0, 120)]);
    expect((await db().templates.get('gracias'))?.name).toBe(hostile);
  });
});

describe('a backup of rows with every optional field', () => {
  it('imports back: templates with intents and rotation, people with rule and merge fields', async () => {
    const { db } = await import('@/storage/db');
    const { exportBackup, importFile } = await import('@/storage/backup');
    await Promise.all(db().tables.map((table) => table.clear()));
    const now = '2026-12-01T10:00:00.000-03:00';
    await db().templates.put({
      id: 't1',
      name: 'Gracias',
      variants: ['¡Gracias!'],
      category: '',
      tags: [],
      lang: 'es',
      networks: [],
      shortcut: '',
      intents: ['praise'],
      recentVariants: [0],
      createdAt: now,
      updatedAt: now,
    });
    const head = await db().people.add({
      platform: 'x',
      handle: 'ana',
      displayName: 'Ana',
      profileUrl: '',
      flag: '',
      note: '',
      automatic: false,
      firstSeen: now,
      lastSeen: now,
      interactionCount: 1,
      dismissedRules: ['verified', 'followers'],
    });
    await db().people.add({
      platform: 'youtube',
      handle: 'ana',
      displayName: 'Ana',
      profileUrl: '',
      flag: 'vip',
      note: '',
      automatic: true,
      autoReason: 'followers',
      confirmed: false,
      mergedInto: head as number,
      firstSeen: now,
      lastSeen: now,
      interactionCount: 0,
    });
    const file = JSON.stringify(await exportBackup());
    const result = await importFile(file, 'replace');
    expect(result).toMatchObject({ ok: true });
    expect(await db().templates.get('t1')).toMatchObject({ intents: ['praise'], recentVariants: [0] });
    expect(await db().people.where('[platform+handle]').equals(['youtube', 'ana']).first()).toMatchObject({
      autoReason: 'followers',
      mergedInto: head,
    });
  });
});
