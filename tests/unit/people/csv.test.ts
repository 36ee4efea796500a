import { beforeEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parsePeopleCsv, PEOPLE_CSV_COLUMNS } from '@/core/people/csv';
import { groupPeople } from '@/core/people/groups';
import { db } from '@/storage/db';
import {
  exportPeopleCsv,
  flagAuthor,
  importPeopleCsv,
  mergePeople,
  previewPeopleCsv,
} from '@/storage/people';
import { PLATFORMS } from '@/sites/types';

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
});

const HEADER = PEOPLE_CSV_COLUMNS.join(',');

async function snapshot() {
  return JSON.stringify(await db().people.orderBy('id').toArray());
}

describe('people CSV', () => {
  it('round-trips every field, formula cells neutralised on export and restored on import', async () => {
    const a = await flagAuthor({
      platform: 'x',
      handle: 'laura',
      displayName: '=cmd|"/c calc"!A1',
      profileUrl: 'https://x.com/laura',
      flag: 'vip',
      note: '+34 600 000 000, "quoted", line\nbreak, ñandú 😀',
    });
    const b = await flagAuthor({
      platform: 'youtube',
      handle: 'canal',
      flag: 'prensa local',
      note: '@mention',
    });
    await flagAuthor({ platform: 'reddit', handle: 'u_minus', flag: 'troll', note: '-1 karma\tTab' });
    await mergePeople([b.id!], a.id!);
    const csv = await exportPeopleCsv();
    expect(csv.split('\r\n')[0]).toBe(HEADER);
    const cells = Papa.parse<string[]>(csv).data.flat();
    expect(cells).toContain(`'=cmd|"/c calc"!A1`);
    // The head's note holds the merged notes: "+34…" then the youtube row's "@mention".
    expect(cells).toContain(`'+34 600 000 000, "quoted", line\nbreak, ñandú 😀\n@mention`);
    expect(cells).toContain(`'@mention`);
    expect(cells).toContain(`'-1 karma\tTab`);
    expect(cells).toContain('x:laura'); // the youtube row's same_as

    const before = (await db().people.toArray()).map(({ id: _id, ...rest }) => rest);
    await db().people.clear();
    const result = await importPeopleCsv(csv, 'replace');
    expect(result.errors).toEqual([]);
    const after = await db().people.toArray();
    expect(after.map(({ id: _id, mergedInto: _m, ...rest }) => rest)).toEqual(
      before.map(({ mergedInto: _m, ...rest }) => rest),
    );
    expect(groupPeople(after)).toHaveLength(2);
    expect(await exportPeopleCsv()).toBe(csv);
  });

  it('previews what a merge import changes before writing', async () => {
    await flagAuthor({ platform: 'x', handle: 'laura', flag: 'vip', note: 'old' });
    await flagAuthor({ platform: 'x', handle: 'same', flag: 'vip' });
    const same = (await db().people.toArray())[1]!;
    const text = [
      'platform,handle,flag,note,display_name',
      'x,laura,vip,new,',
      `x,same,vip,,${same.displayName}`,
      'tiktok,nuevo,advocate,,Nuevo',
    ].join('\n');
    const before = await snapshot();
    const preview = await previewPeopleCsv(text, 'merge');
    expect(await snapshot()).toBe(before);
    expect(preview).toMatchObject({ ok: true, unchanged: 1, removed: 0 });
    expect(preview.added.map((p) => p.handle)).toEqual(['nuevo']);
    expect(preview.updated.map((u) => [u.before.note, u.after.note])).toEqual([['old', 'new']]);
    expect((await previewPeopleCsv(text, 'replace')).removed).toBe(0);
    await importPeopleCsv(text, 'merge');
    expect(await db().people.count()).toBe(3);
    const laura = await db().people.where('[platform+handle]').equals(['x', 'laura']).first();
    expect(laura).toMatchObject({ note: 'new', interactionCount: 1 });
  });

  it.each([
    ['an unknown network', 'platform,handle\nmyspace,tom', [{ row: 2, field: 'platform', code: 'invalid' }]],
    ['a missing handle column', 'platform,name\nx,tom', [{ row: 1, field: 'handle', code: 'missingColumn' }]],
    ['an empty handle', 'platform,handle\nx,', [{ row: 2, field: 'handle', code: 'required' }]],
    [
      'a javascript: profile URL',
      'platform,handle,profile_url\nx,a,javascript:alert(1)',
      [{ row: 2, field: 'profile_url', code: 'invalid' }],
    ],
    [
      'a hostile flag kind',
      'platform,handle,flag\nx,a,<img src=x onerror=alert(1)>',
      [{ row: 2, field: 'flag', code: 'invalid' }],
    ],
    ['a duplicate row', 'platform,handle\nx,a\nx,@A', [{ row: 3, field: 'handle', code: 'duplicate' }]],
    [
      'a bad date',
      'platform,handle,last_seen\nx,a,yesterday',
      [{ row: 2, field: 'last_seen', code: 'invalid' }],
    ],
    [
      'a bad count',
      'platform,handle,interaction_count\nx,a,-3',
      [{ row: 2, field: 'interaction_count', code: 'invalid' }],
    ],
    [
      'a link to nobody',
      'platform,handle,same_as\nx,a,x:ghost',
      [{ row: 2, field: 'same_as', code: 'unknownLink' }],
    ],
    [
      'control characters',
      'platform,handle,note\nx,a,"bad\u0000note"',
      [{ row: 2, field: 'note', code: 'invalid' }],
    ],
    [
      'an overlong note',
      `platform,handle,note\nx,a,${'n'.repeat(5001)}`,
      [{ row: 2, field: 'note', code: 'tooLong' }],
    ],
    [
      'an unclosed quote',
      'platform,handle,note\nx,a,"never closed\nx,b,ok',
      [{ row: 2, field: '', code: 'malformed' }],
    ],
    ['an empty file', '', [{ row: 0, field: '', code: 'empty' }]],
  ])('refuses %s and changes nothing', async (_case, text, errors) => {
    await flagAuthor({ platform: 'x', handle: 'keep', flag: 'vip' });
    const before = await snapshot();
    for (const mode of ['merge', 'replace'] as const) {
      const result = await importPeopleCsv(`${text}\nx,fine,vip`.replace(/^\nx,fine,vip$/, ''), mode);
      expect(result.ok).toBe(false);
      expect(result.errors).toEqual(expect.arrayContaining(errors));
      expect(await snapshot()).toBe(before);
    }
  });

  it('reports every bad row by number, not just the first', () => {
    const text = 'platform,handle,flag\nx,ok,vip\nnope,a,vip\nx,b,!!!\nx,c,';
    const { rows, errors } = parsePeopleCsv(text, { platforms: PLATFORMS, now: '2026-01-01T00:00:00.000Z' });
    expect(rows).toEqual([]);
    expect(errors.map((e) => `${e.row}:${e.field}`)).toEqual(['3:platform', '4:flag']);
  });

  it('accepts a minimal file from a spreadsheet (BOM, CRLF, extra columns, @handles)', () => {
    const text = '\ufeffPlatform,Handle,Flag,Whatever\r\nx,@Laura,VIP,zzz\r\n';
    const { rows, errors } = parsePeopleCsv(text, { platforms: PLATFORMS, now: '2026-01-01T00:00:00.000Z' });
    expect(errors).toEqual([]);
    expect(rows[0]!.person).toMatchObject({
      platform: 'x',
      handle: 'laura',
      flag: 'vip',
      firstSeen: '2026-01-01T00:00:00.000Z',
    });
  });
});
