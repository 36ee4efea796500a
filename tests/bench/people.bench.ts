// Benchmark: the people store with 10,000 people. (a) seeAuthors on a batch of 500 authors (what the
// background does for each batch a page shows: 250 known, 250 new, some meeting a rule); (b) flagsFor on 500
// keys; (c) building the options list (groupPeople) and searching it (searchPeople) over 10,000 people.
// Runs in Node on fake-indexeddb (a pure-JS IndexedDB, slower than Chromium's own), so the database figures
// are an upper bound; the worst runs include other work on the machine. Goals: a 500-author batch within 50 ms; a search within one frame (16 ms).
//
//   node --import tsx tests/bench/people.bench.ts
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { groupPeople } from '../../core/people/groups';
import { DEFAULT_PEOPLE_RULES } from '../../core/people/rules';
import { searchPeople } from '../../core/people/search';
import { PLATFORMS, type Platform } from '../../sites/types';
import { VoceroDB } from '../../storage/db';
import type { Person } from '../../storage/entities';
import { flagsFor, seeAuthors, type SeenAuthor } from '../../storage/people';
import { machine, median, writeResult } from './report';

const PEOPLE = 10_000;
const BATCH = 500;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const FLAGS = ['influencer', 'advocate', 'detractor', 'vip', 'troll', ''];
const WORDS = ['ana', 'luis', 'marta', 'jorge', 'lucía', 'pablo', 'sofía', 'diego', 'elena', 'raúl'];

const platformOf = (i: number): Platform => PLATFORMS[i % 8]!;

function stored(i: number): Person {
  return {
    platform: platformOf(i),
    handle: `user${i}`,
    displayName: `${WORDS[i % 10]} ${WORDS[(i * 7) % 10]} ${i}`,
    profileUrl: `https://example.com/user${i}`,
    flag: FLAGS[i % 6]!,
    note: i % 5 === 0 ? `nota ${WORDS[(i * 3) % 10]} periodista` : '',
    automatic: i % 12 === 0,
    firstSeen: '2026-01-01T10:00:00.000+01:00',
    lastSeen: '2026-01-02T10:00:00.000+01:00',
    interactionCount: i % 50,
  };
}

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

async function main() {
  const database = new VoceroDB(`vocero-bench-${Date.now()}`);
  await database.people.bulkAdd(Array.from({ length: PEOPLE }, (_, i) => stored(i)));
  const rules = { ...DEFAULT_PEOPLE_RULES, minCommentsOnPage: 3 };

  const seeMs: number[] = [];
  const flagsMs: number[] = [];
  let flagged = 0;
  // Run 0 warms up the JIT and is not counted.
  for (let run = 0; run <= RUNS; run++) {
    const batch: SeenAuthor[] = [];
    for (let k = 0; k < BATCH / 2; k++) {
      const i = (run * 997 + k * 37) % PEOPLE;
      batch.push({ platform: platformOf(i), handle: `user${i}`, displayName: `${WORDS[i % 10]} ${i}` });
    }
    for (let k = 0; k < BATCH / 2; k++)
      batch.push({
        platform: platformOf(k),
        handle: `new${run}_${k}`,
        verified: k % 20 === 0,
        followers: k % 10 === 0 ? '1.2M' : k % 3 === 0 ? '12,3 mil' : null,
      });
    // Every run a later "now", so each known author's last seen is written (the worst case).
    const now = new Date(Date.UTC(2026, 1, 1, 10, run * 5)).toISOString();
    const [ms, result] = await time(() => seeAuthors(batch, { rules, now }, database));
    const [fms] = await time(() => flagsFor(batch, database));
    if (run === 0) continue;
    seeMs.push(ms);
    flagsMs.push(fms);
    flagged = result.size;
  }

  const all = await database.people.toArray();
  // Building the list: grouping plus the name order every sort uses (computed once per list).
  const [groupMs, groups] = await time(() => {
    const list = groupPeople(all);
    searchPeople(list, { sort: 'name' });
    return list;
  });
  const queries = ['ana', 'periodista', 'user42', 'lucia marta', 'zzz-nobody', '@user9999'];
  const searchMs: number[] = [];
  for (let run = 0; run < RUNS; run++)
    for (const text of queries)
      searchMs.push((await time(() => searchPeople(groups, { text, sort: 'name' })))[0]);
  const sortMs: number[] = [];
  for (const sort of ['name', 'lastSeen', 'interactions', 'flag'] as const)
    for (let run = 0; run < 3; run++) sortMs.push((await time(() => searchPeople(groups, { sort })))[0]);

  const figures = {
    people: PEOPLE,
    batch: BATCH,
    runs: RUNS,
    seeAuthorsMsMedian: median(seeMs),
    seeAuthorsMsMax: Math.max(...seeMs),
    flaggedPerBatch: flagged,
    flagsForMsMedian: median(flagsMs),
    groupPeopleMs: groupMs,
    searchMsMedian: median(searchMs),
    searchMsMax: Math.max(...searchMs),
    sortAllMsMedian: median(sortMs),
    sortAllMsMax: Math.max(...sortMs),
  };
  console.log(figures);
  const ok = (pass: boolean) => (pass ? 'met' : '**not met**');
  const f = (n: number) => n.toFixed(1);
  writeResult(
    'people',
    `
## People with ${PEOPLE.toLocaleString('en')} stored (\`tests/bench/people.bench.ts\`)

Machine: ${machine()}; ${new Date().toISOString().slice(0, 10)}. Node with fake-indexeddb (pure JS; Chromium's
IndexedDB is faster, so the database rows are an upper bound). ${RUNS} runs after one warm-up; each batch has ${BATCH / 2} known
authors (last seen written for each) and ${BATCH / 2} new ones, some meeting a rule (${flagged} flagged authors returned).

| figure | measured | goal | |
|---|---|---|---|
| \`seeAuthors\`, one batch of ${BATCH} authors, median / worst | ${f(figures.seeAuthorsMsMedian)} / ${f(figures.seeAuthorsMsMax)} ms | median ≤ 50 ms | ${ok(figures.seeAuthorsMsMedian <= 50)} |
| \`flagsFor\`, ${BATCH} keys, median | ${f(figures.flagsForMsMedian)} ms | – | |
| building the options list (\`groupPeople\` + name order, ${PEOPLE.toLocaleString('en')} rows; once per change) | ${f(groupMs)} ms | – | |
| search over ${PEOPLE.toLocaleString('en')} (\`searchPeople\`, ${queries.length} queries), median / worst | ${f(figures.searchMsMedian)} / ${f(figures.searchMsMax)} ms | ≤ 16 ms | ${ok(figures.searchMsMax <= 16)} |
| sort all ${PEOPLE.toLocaleString('en')} (name, last seen, interactions, flag), median / worst | ${f(figures.sortAllMsMedian)} / ${f(figures.sortAllMsMax)} ms | ≤ 16 ms | ${ok(figures.sortAllMsMax <= 16)} |

The options list draws only the rows near the viewport (TanStack Virtual; \`tests/components/people-page.test.tsx\`
checks that 10,000 people put fewer than 40 rows in the DOM).
`,
    figures,
  );
  database.close();
}

await main();
