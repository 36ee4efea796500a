import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { decodeBase64, decodeSortedInts, encodeBase64, encodeSortedInts } from '@/core/sentiment/codec';

const root = path.resolve(import.meta.dirname, '../../..');

describe('codec', () => {
  test.each([[[]], [[0]], [[1, 2, 3]], [[5, 300, 70000, 1048575]]])('sorted ints %j round-trip', (xs) => {
    expect(decodeSortedInts(decodeBase64(encodeBase64(encodeSortedInts(xs))))).toEqual(xs);
  });
  test.each([[[]], [[1]], [[1, 2]], [[1, 2, 3]], [[255, 0, 128, 7]]])('base64 %j round-trips', (bytes) => {
    const b = Uint8Array.from(bytes);
    expect(decodeBase64(encodeBase64(b))).toEqual(b);
    expect(encodeBase64(b)).toBe(Buffer.from(b).toString('base64'));
  });
});

test('committed model + lexicons stay well under 300 KB gzip', () => {
  const files = [
    'core/sentiment/model/weights.json',
    'core/sentiment/model/lexicon-en.json',
    'core/sentiment/lexicon.ts',
    'core/sentiment/emoji.ts',
  ];
  const size = zlib.gzipSync(Buffer.concat(files.map((f) => fs.readFileSync(path.join(root, f))))).length;
  expect(size).toBeLessThan(300 * 1024);
});

test('core/sentiment imports nothing outside core/ but franc-min', () => {
  const dir = path.join(root, 'core/sentiment');
  const files = fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'));
  for (const f of files) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of src.matchAll(/from '([^']+)'|import\('([^']+)'\)/g)) {
      const spec = m[1] ?? m[2]!;
      expect(spec.startsWith('.') || spec === 'franc-min', `${f} imports ${spec}`).toBe(true);
    }
  }
});
