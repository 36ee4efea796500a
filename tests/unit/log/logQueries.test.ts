import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, logToCsv } from '@/core/export/logExport';
import { db } from '@/storage/db';
import {
  deleteInteractions,
  editNote,
  filteredRows,
  fold,
  matchingIds,
  rowsByIds,
  undoInteractionsDelete,
  type LogFilter,
} from '@/storage/logQueries';
import { row } from './fixtures';

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
  await db().interactions.bulkAdd([
    row('2026-11-30', {
      author: 'ana',
      platform: 'x',
      action: 'reply',
      sentiment: 'positive',
      itemText: 'Gracias por la atención',
    }),
    row('2026-12-01', {
      author: 'beto',
      platform: 'youtube',
      action: 'tag',
      sentiment: 'negative',
      itemText: 'Pésimo servicio',
    }),
    row('2026-12-01', {
      author: 'ana',
      platform: 'youtube',
      action: 'reply',
      sentiment: '',
      replyText: 'Lo sentimos',
      template: 'disculpa',
    }),
    row('2026-12-02', {
      author: 'carla',
      platform: 'reddit',
      action: 'escalate',
      sentiment: 'negative',
      note: 'Llamar a legales',
    }),
    row('2026-12-03', { author: 'ana', platform: 'x', action: 'flag', sentiment: 'neutral', flag: 'vip' }),
  ]);
});

const authorsOf = async (filter: LogFilter) =>
  (await rowsByIds(await matchingIds(filter))).map((r) => `${r.day}/${r.author}`);

describe('the log page queries', () => {
  it('lists everything newest day first, newest logged first within a day', async () => {
    expect(await authorsOf({})).toEqual([
      '2026-12-03/ana',
      '2026-12-02/carla',
      '2026-12-01/ana',
      '2026-12-01/beto',
      '2026-11-30/ana',
    ]);
  });

  it.each<[string, LogFilter, string[]]>([
    [
      'a date range (both ends included)',
      { from: '2026-12-01', to: '2026-12-02' },
      ['2026-12-02/carla', '2026-12-01/ana', '2026-12-01/beto'],
    ],
    ['an open-ended range', { from: '2026-12-02' }, ['2026-12-03/ana', '2026-12-02/carla']],
    ['a network', { platform: 'youtube' }, ['2026-12-01/ana', '2026-12-01/beto']],
    ['an action', { action: 'reply' }, ['2026-12-01/ana', '2026-11-30/ana']],
    ['a sentiment', { sentiment: 'negative' }, ['2026-12-02/carla', '2026-12-01/beto']],
    ['no sentiment', { sentiment: 'none' }, ['2026-12-01/ana']],
    [
      'an author, with @ and capitals',
      { author: '@ANA' },
      ['2026-12-03/ana', '2026-12-01/ana', '2026-11-30/ana'],
    ],
    ['text, accents and case ignored', { text: 'ATENCION gracias' }, ['2026-11-30/ana']],
    ['text in the note', { text: 'legales' }, ['2026-12-02/carla']],
    ['text in the reply', { text: 'sentimos' }, ['2026-12-01/ana']],
    [
      'everything at once',
      {
        from: '2026-11-01',
        to: '2026-12-31',
        platform: 'x',
        action: 'reply',
        author: 'ana',
        sentiment: 'positive',
        text: 'gracias',
      },
      ['2026-11-30/ana'],
    ],
    ['nothing matches', { platform: 'tiktok' }, []],
  ])('filters by %s', async (_name, filter, expected) => {
    expect(await authorsOf(filter)).toEqual(expected);
  });

  it('folds accents and case', () => {
    expect(fold('Atención ÑANDÚ')).toBe('atencion nandu');
  });

  it('edits a note', async () => {
    const [id] = await matchingIds({ author: 'beto' });
    await editNote(id!, 'Respondido por DM');
    expect((await db().interactions.get(id!))?.note).toBe('Respondido por DM');
    await expect(editNote(999_999, 'x')).rejects.toThrow(/No interaction/);
  });

  it('deletes rows and undo brings back the same rows with the same ids', async () => {
    const before = await db().interactions.toArray();
    const ids = await matchingIds({ author: 'ana' });
    const deleted = await deleteInteractions(ids);
    expect(deleted).toHaveLength(3);
    expect(await db().interactions.count()).toBe(2);
    expect(await matchingIds({ author: 'ana' })).toEqual([]);
    await undoInteractionsDelete(deleted);
    expect(await db().interactions.orderBy('id').toArray()).toEqual(before);
  });

  it('exports the filtered view, oldest first, with the contract header', async () => {
    const rows = await filteredRows({ action: 'reply' });
    const csv = logToCsv(rows);
    const [header, ...lines] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(header!.join(',')).toBe(
      'timestamp,platform,action,author,item_url,item_text,sentiment,intent,template,reply_text,flag,note',
    );
    expect(header).toEqual([...EXPORT_COLUMNS]);
    expect(lines.map((cells) => cells.slice(0, 4))).toEqual([
      ['2026-11-30T12:00:00.000-03:00', 'x', 'reply', 'ana'],
      ['2026-12-01T12:00:00.000-03:00', 'youtube', 'reply', 'ana'],
    ]);
  });
});
