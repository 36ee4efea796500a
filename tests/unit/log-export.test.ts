import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, logToCsv, logToJson, type LoggedInteraction } from '@/core/export/logExport';

const row = (patch: Partial<LoggedInteraction> = {}): LoggedInteraction => ({
  timestamp: '2026-12-01T10:02:00.000-03:00',
  platform: 'x',
  action: 'reply',
  author: 'laura_m',
  itemUrl: 'https://x.com/laura_m/status/1',
  itemText: 'Hola, "qué tal"\nsegunda línea, con coma',
  sentiment: 'positive',
  intent: ['question', 'praise'],
  template: 'gracias',
  replyText: '¡Gracias!',
  flag: '',
  note: '',
  ...patch,
});

describe('log export', () => {
  it('writes the contract header exactly', () => {
    expect(logToCsv([]).split('\r\n')[0]).toBe(
      'timestamp,platform,action,author,item_url,item_text,sentiment,intent,template,reply_text,flag,note',
    );
  });

  it('round-trips quotes, commas and newlines through a CSV parser', () => {
    const parsed = Papa.parse<string[]>(logToCsv([row()]), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(2);
    expect(parsed[1]).toEqual([
      '2026-12-01T10:02:00.000-03:00',
      'x',
      'reply',
      'laura_m',
      'https://x.com/laura_m/status/1',
      'Hola, "qué tal"\nsegunda línea, con coma',
      'positive',
      'question praise',
      'gracias',
      '¡Gracias!',
      '',
      '',
    ]);
  });

  it.each([
    '=HYPERLINK("http://evil")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\tcmd',
    '\rcmd',
    '=1\n+2',
    "-cmd|' /C calc'!A0",
  ])('neutralises the formula cell %j', (payload) => {
    const parsed = Papa.parse<string[]>(logToCsv([row({ itemText: payload, note: payload })]), {
      skipEmptyLines: true,
    }).data;
    const cells = parsed[1]!;
    expect(cells[5]).toBe(`'${payload}`);
    expect(cells[11]).toBe(`'${payload}`);
  });

  it('writes the same records with the same field names as JSON', () => {
    const [record] = JSON.parse(logToJson([row()])) as Record<string, string>[];
    expect(Object.keys(record!)).toEqual([...EXPORT_COLUMNS]);
    expect(record!.intent).toBe('question praise');
  });
});
