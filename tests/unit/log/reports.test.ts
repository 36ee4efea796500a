import { describe, expect, it } from 'vitest';
import {
  addDays,
  buildReport,
  daysBetween,
  perDay,
  periodRange,
  peopleSeen,
  repliesByNetwork,
  sentimentByNetwork,
  sentimentShare,
  tally,
  topTemplates,
} from '@/core/reports/aggregate';
import { row } from './fixtures';

const rows = [
  row('2026-11-30', {
    action: 'reply',
    template: 'gracias',
    platform: 'x',
    sentiment: 'positive',
    author: 'ana',
  }),
  row('2026-12-01', {
    action: 'reply',
    template: 'gracias',
    platform: 'x',
    sentiment: 'positive',
    author: 'ana',
  }),
  row('2026-12-01', {
    action: 'reply',
    template: 'disculpa',
    platform: 'youtube',
    sentiment: 'negative',
    author: 'beto',
  }),
  row('2026-12-01', { action: 'tag', platform: 'youtube', sentiment: 'neutral', author: 'beto' }),
  row('2026-12-03', {
    action: 'escalate',
    platform: 'reddit',
    sentiment: 'negative',
    author: 'carla',
    flag: 'detractor',
  }),
  row('2026-12-03', { action: 'tag', platform: 'reddit', sentiment: '', author: '' }),
];

describe('report aggregation', () => {
  it('does day arithmetic across months, years and DST', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(daysBetween('2026-12-30', '2027-01-02')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it.each([
    ['2026-12-02', '2026-11-30', '2026-12-06'], // a Wednesday → Monday to Sunday
    ['2026-11-30', '2026-11-30', '2026-12-06'], // the Monday itself
    ['2026-12-06', '2026-11-30', '2026-12-06'], // the Sunday
  ])('the week of %s runs %s to %s', (day, from, to) => {
    expect(periodRange('week', day)).toEqual({ from, to });
    expect(periodRange('day', day)).toEqual({ from: day, to: day });
  });

  it('tallies by action, sentiment and network', () => {
    expect(tally(rows)).toEqual({
      total: 6,
      byAction: { reply: 3, tag: 2, escalate: 1 },
      bySentiment: { positive: 2, negative: 2, neutral: 1, none: 1 },
      byNetwork: { x: 2, youtube: 2, reddit: 2 },
    });
  });

  it('counts per day, zero-filled', () => {
    expect(perDay(rows, '2026-11-30', '2026-12-03')).toEqual({
      days: ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'],
      counts: [1, 3, 0, 2],
    });
  });

  it('gives sentiment per network and its share among tagged rows', () => {
    const byNetwork = sentimentByNetwork(rows);
    expect(byNetwork.find((n) => n.network === 'reddit')).toEqual({
      network: 'reddit',
      total: 2,
      positive: 0,
      neutral: 0,
      negative: 1,
      none: 1,
    });
    expect(sentimentShare(byNetwork.find((n) => n.network === 'youtube')!)).toEqual({
      positive: 0,
      neutral: 0.5,
      negative: 0.5,
    });
  });

  it('ranks templates and replies per network', () => {
    expect(topTemplates(rows)).toEqual([
      ['gracias', 2],
      ['disculpa', 1],
    ]);
    expect(repliesByNetwork(rows)).toEqual([
      ['x', 2],
      ['youtube', 1],
    ]);
  });

  it('counts distinct people per day and overall', () => {
    const seen = peopleSeen(rows, '2026-11-30', '2026-12-03');
    expect(seen.distinct).toEqual([1, 2, 0, 1]);
    expect(seen.total).toBe(3);
    expect(seen.top[0]).toEqual(['x:ana', 2]);
  });

  it('builds the weekly report from the rows of that week only', () => {
    const report = buildReport(
      [...rows, row('2026-12-07', { action: 'reply' })],
      'week',
      '2026-11-30',
      '2026-12-06',
    );
    expect(report.totals.total).toBe(6);
    expect(report.perDay.days).toHaveLength(7);
    expect(report.escalations.map((r) => r.author)).toEqual(['carla']);
    expect(report.flagged).toEqual([['reddit:carla', 'detractor']]);
  });
});
