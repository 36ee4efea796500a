// Pure aggregation of the interaction log for the popup's summary, the charts and the printable report.
// No database, no DOM: rows in, plain figures out. Days are the CM's local calendar days "YYYY-MM-DD"
// (the log's `day` column), so nothing here needs a time zone.

/** What the aggregations read of a logged interaction (storage's Interaction satisfies it). */
export interface ReportRow {
  day: string;
  timestamp: string;
  platform: string;
  action: string;
  author: string;
  sentiment: string;
  template: string;
  flag: string;
  itemText?: string;
  note?: string;
}

export type Counts = Record<string, number>;

/** The sentiment buckets of the charts; '' (not tagged) is counted as "none". */
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;

function bump(counts: Counts, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** [key, count] pairs, largest first, ties by key so the order is stable. */
export function ranked(counts: Counts, limit = Infinity): [string, number][] {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit);
}

export interface Tally {
  total: number;
  byAction: Counts;
  /** positive / neutral / negative, and "none" for rows without a sentiment. */
  bySentiment: Counts;
  byNetwork: Counts;
}

/** Totals by action, sentiment and network in one pass. */
export function tally(rows: Iterable<Pick<ReportRow, 'action' | 'sentiment' | 'platform'>>): Tally {
  const result: Tally = { total: 0, byAction: {}, bySentiment: {}, byNetwork: {} };
  for (const row of rows) {
    result.total++;
    bump(result.byAction, row.action);
    bump(result.bySentiment, row.sentiment || 'none');
    bump(result.byNetwork, row.platform);
  }
  return result;
}

/** Adds `from` into `into` (running totals). */
export function addTally(into: Tally, from: Tally): void {
  into.total += from.total;
  for (const key of ['byAction', 'bySentiment', 'byNetwork'] as const)
    for (const [name, n] of Object.entries(from[key])) into[key][name] = (into[key][name] ?? 0) + n;
}

// ---- days ----

const DAY = /^(\d{4})-(\d\d)-(\d\d)$/;

/** "2026-12-01" + 6 → "2026-12-07" (calendar arithmetic, in UTC so no DST surprises). */
export function addDays(day: string, days: number): string {
  const match = DAY.exec(day);
  if (!match) throw new Error(`Not a day: ${day}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return date.toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included (at most 400, so a typo cannot build a huge list). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && days.length < 400; day = addDays(day, 1)) days.push(day);
  return days;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: string): number {
  const match = DAY.exec(day);
  if (!match) throw new Error(`Not a day: ${day}`);
  return (new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay() + 6) % 7;
}

export type Period = 'day' | 'week';

/** The report's range: the day itself, or the Monday-to-Sunday week that holds it. */
export function periodRange(period: Period, day: string): { from: string; to: string } {
  if (period === 'day') return { from: day, to: day };
  const from = addDays(day, -weekdayOf(day));
  return { from, to: addDays(from, 6) };
}

// ---- charts ----

/** Interactions per day over [from, to], zero-filled: the x axis of the per-day chart. */
export function perDay(
  rows: Iterable<ReportRow>,
  from: string,
  to: string,
): { days: string[]; counts: number[] } {
  const days = daysBetween(from, to);
  const index = new Map(days.map((day, i) => [day, i]));
  const counts = days.map(() => 0);
  for (const row of rows) {
    const i = index.get(row.day);
    if (i !== undefined) counts[i]!++;
  }
  return { days, counts };
}

export interface NetworkSentiment {
  network: string;
  total: number;
  positive: number;
  neutral: number;
  negative: number;
  none: number;
}

/** Sentiment per network (rows with a sentiment; "none" counts the untagged), busiest network first. */
export function sentimentByNetwork(rows: Iterable<ReportRow>): NetworkSentiment[] {
  const byNetwork = new Map<string, NetworkSentiment>();
  for (const row of rows) {
    let entry = byNetwork.get(row.platform);
    if (!entry) {
      entry = { network: row.platform, total: 0, positive: 0, neutral: 0, negative: 0, none: 0 };
      byNetwork.set(row.platform, entry);
    }
    entry.total++;
    const bucket = (SENTIMENTS as readonly string[]).includes(row.sentiment)
      ? (row.sentiment as (typeof SENTIMENTS)[number])
      : 'none';
    entry[bucket]++;
  }
  return [...byNetwork.values()].sort((a, b) => b.total - a.total || a.network.localeCompare(b.network));
}

/** Share (0–1) of each sentiment among a network's tagged rows; all 0 when none was tagged. */
export function sentimentShare(entry: NetworkSentiment): Record<(typeof SENTIMENTS)[number], number> {
  const tagged = entry.positive + entry.neutral + entry.negative;
  return {
    positive: tagged ? entry.positive / tagged : 0,
    neutral: tagged ? entry.neutral / tagged : 0,
    negative: tagged ? entry.negative / tagged : 0,
  };
}

/** Templates used in replies, most used first. */
export function topTemplates(rows: Iterable<ReportRow>, limit = 10): [string, number][] {
  const counts: Counts = {};
  for (const row of rows) if (row.action === 'reply' && row.template) bump(counts, row.template);
  return ranked(counts, limit);
}

/** Replies per network, most first. */
export function repliesByNetwork(rows: Iterable<ReportRow>): [string, number][] {
  const counts: Counts = {};
  for (const row of rows) if (row.action === 'reply') bump(counts, row.platform);
  return ranked(counts);
}

/** Distinct authors acted on per day over [from, to] (zero-filled), and the most frequent authors. */
export function peopleSeen(
  rows: Iterable<ReportRow>,
  from: string,
  to: string,
  limit = 10,
): { days: string[]; distinct: number[]; total: number; top: [string, number][] } {
  const days = daysBetween(from, to);
  const index = new Map(days.map((day, i) => [day, i]));
  const perDaySets = days.map(() => new Set<string>());
  const counts: Counts = {};
  for (const row of rows) {
    if (!row.author) continue;
    const key = `${row.platform}:${row.author}`;
    const i = index.get(row.day);
    if (i !== undefined) perDaySets[i]!.add(key);
    bump(counts, key);
  }
  return {
    days,
    distinct: perDaySets.map((set) => set.size),
    total: Object.keys(counts).length,
    top: ranked(counts, limit),
  };
}

// ---- the printable report ----

export interface Report {
  period: Period;
  from: string;
  to: string;
  totals: Tally;
  perDay: { days: string[]; counts: number[] };
  sentimentByNetwork: NetworkSentiment[];
  topTemplates: [string, number][];
  repliesByNetwork: [string, number][];
  people: ReturnType<typeof peopleSeen>;
  /** Escalations of the period, oldest first (at most 50 listed). */
  escalations: ReportRow[];
  /** Distinct flagged authors acted on, with their flag. */
  flagged: [string, string][];
}

/** Everything the reports page and its printout show, for rows of [from, to]. */
export function buildReport(rows: readonly ReportRow[], period: Period, from: string, to: string): Report {
  const inRange = rows.filter((row) => row.day >= from && row.day <= to);
  const flagged = new Map<string, string>();
  for (const row of inRange)
    if (row.flag && row.author) flagged.set(`${row.platform}:${row.author}`, row.flag);
  return {
    period,
    from,
    to,
    totals: tally(inRange),
    perDay: perDay(inRange, from, to),
    sentimentByNetwork: sentimentByNetwork(inRange),
    topTemplates: topTemplates(inRange),
    repliesByNetwork: repliesByNetwork(inRange),
    people: peopleSeen(inRange, from, to),
    escalations: inRange
      .filter((row) => row.action === 'escalate')
      .sort((a, b) => a.timestamp.localeCompare(b.timestamp))
      .slice(0, 50),
    flagged: [...flagged].sort((a, b) => a[0].localeCompare(b[0])),
  };
}
