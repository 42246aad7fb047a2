import neo4j from 'neo4j-driver';
import { toNeo4jParams, toPlain } from '../../src/db/plain';

describe('toPlain: Neo4j values become plain JavaScript at the data layer edge', () => {
  it('turns integers (lossless or bigint) into numbers, inside lists and maps too', () => {
    expect(
      toPlain({ n: neo4j.int(42), xs: [neo4j.int(1), 2n], deep: { m: neo4j.int(-7) } }),
    ).toEqual({
      n: 42,
      xs: [1, 2],
      deep: { m: -7 },
    });
  });

  it('turns temporal values into their ISO strings', () => {
    const date = new neo4j.types.Date(2006, 8, 28);
    const dateTime = new neo4j.types.LocalDateTime(2006, 8, 28, 10, 30, 0, 0);
    expect(toPlain({ date, at: [dateTime] })).toEqual({
      date: '2006-08-28',
      at: ['2006-08-28T10:30:00'],
    });
  });

  it('keeps strings, numbers and booleans, and makes null of missing values', () => {
    expect(toPlain({ s: '日本', x: 1.5, b: false, none: null, gone: undefined })).toEqual({
      s: '日本',
      x: 1.5,
      b: false,
      none: null,
      gone: null,
    });
    expect(toPlain(undefined)).toBeNull();
  });

  it('returns new objects, never the driver’s own', () => {
    const row = { list: [{ id: 'a' }] };
    const plain = toPlain(row) as typeof row;
    expect(plain).toEqual(row);
    expect(plain).not.toBe(row);
    expect(plain.list[0]).not.toBe(row.list[0]);
  });
});

describe('toNeo4jParams: whole numbers travel as Neo4j integers', () => {
  it('converts whole numbers and keeps fractions, strings and existing integers', () => {
    const params = toNeo4jParams({ first: 20, ratio: 0.5, id: 'osce', list: [3], n: neo4j.int(4) });
    expect(params).toEqual({
      first: neo4j.int(20),
      ratio: 0.5,
      id: 'osce',
      list: [neo4j.int(3)],
      n: neo4j.int(4),
    });
  });
});
