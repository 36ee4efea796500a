// @vitest-environment node
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

test('scripts/classify.ts: one output line per input line, in order, errors for bad lines', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'no me gusta nada 😡' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'b', text: 'Where is my refund? Still waiting' }),
    JSON.stringify({ id: 'c', text: 'Me encanta!! 😍' }),
    JSON.stringify({ id: 'd' }),
    JSON.stringify({ id: 'e', text: 'Isso é muito bom, obrigado pela ajuda' }),
  ].join('\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/classify.ts'], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status).toBe(0);
  const out = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(out).toHaveLength(6);
  expect(out.map((o) => o['id'])).toEqual(['a', null, 'b', 'c', null, 'e']);
  expect(out[1]).toMatchObject({ id: null, error: expect.any(String) });
  expect(out[4]).toMatchObject({ id: null, error: expect.any(String) });
  expect(out[0]).toEqual({ id: 'a', lang: 'es', sentiment: 'negative', intent: expect.any(Array) });
  expect(out[2]).toMatchObject({ lang: 'en', sentiment: 'negative' });
  expect(out[2]!['intent']).toEqual(expect.arrayContaining(['question', 'complaint']));
  expect(out[3]).toMatchObject({ lang: 'es', sentiment: 'positive', intent: ['praise'] });
  expect(out[5]).toMatchObject({ lang: 'other' });
});
