import { describe, expect, it } from 'vitest';
import { fromColumns, toColumns, type FieldList } from '@/messaging/columns';

interface Row {
  id: string;
  n: number | null;
  tags: string[];
}
const FIELDS: FieldList<Row> = { id: true, n: true, tags: true };

describe('columns', () => {
  it('round-trips records, field by field, in order', () => {
    const rows: Row[] = [
      { id: 'a', n: 1, tags: ['x'] },
      { id: 'b', n: null, tags: [] },
    ];
    const columns = toColumns(rows, FIELDS);
    expect(columns).toEqual({ id: ['a', 'b'], n: [1, null], tags: [['x'], []] });
    expect(fromColumns(columns, FIELDS)).toEqual(rows);
    expect(fromColumns(toColumns([], FIELDS), FIELDS)).toEqual([]);
  });

  it('names the column that is missing or of another length', () => {
    expect(() => fromColumns(null, FIELDS)).toThrow(/no/);
    expect(() => fromColumns({ id: ['a'], n: [1] }, FIELDS)).toThrow(/"tags" is missing/);
    expect(() => fromColumns({ id: ['a', 'b'], n: [1], tags: [[], []] }, FIELDS)).toThrow(
      /"n" has 1 values, not 2/,
    );
    expect(() => fromColumns({ id: 'a', n: [1], tags: [[]] }, FIELDS)).toThrow(/"id" is missing/);
  });
});
