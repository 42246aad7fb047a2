import type { Database } from '../../src/db/database';
import { readAnnotation } from '../../src/ingest/read-annotation';
import { structureId } from '../../src/ingest/to-graph';
import {
  CLAUSE_REFERENCES_QUERY,
  NEIGHBOURHOOD_QUERY,
  ORGANIZATION_SECTORS_QUERY,
} from '../../src/vocabulary/model-doc';
import { openSeededDatabase } from '../support/database';

/** The queries docs/model.md shows, run as written against the shipped statement. */
const { annotation } = readAnnotation();
const DOCUMENT = annotation.document.id;

/** Ids at the other end of the annotation's relations of a type that start at `from`. */
function targetsOf(type: string, from: string): string[] {
  return annotation.relations
    .filter((r) => r.type === type && (Array.isArray(r.from) ? r.from : [r.from]).includes(from))
    .map((r) => r.to);
}

let db: Database;
beforeAll(async () => {
  db = await openSeededDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('the queries of docs/model.md', () => {
  it('(a) lists the agreements a clause references, with their signing dates and the quote', async () => {
    const clauseId = structureId(DOCUMENT, 'preamble__para_2');
    const rows = await db.query(CLAUSE_REFERENCES_QUERY, { clauseId });
    const [clause] = await db.query('MATCH (c:Clause {id: $clauseId}) RETURN c.text AS text', {
      clauseId,
    });
    expect(rows.map((r) => r.id).sort()).toStrictEqual(
      targetsOf('REFERENCES', 'preamble__para_2').sort(),
    );
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.documentType).toBe('joint_statement');
      expect(row.signedOn).toHaveLength(1);
      expect(clause?.text).toContain(row.quote);
    }
    // Ordered by signing date: the reader sees the agreements in the order they were made.
    const dates = rows.map((r) => (r.signedOn as string[])[0]);
    expect(dates).toStrictEqual([...dates].sort());
  });

  it('(b) lists an organization’s sectors and the other organizations active in each', async () => {
    const rows = await db.query(ORGANIZATION_SECTORS_QUERY, { organizationId: 'jbic' });
    const sectors = targetsOf('ACTIVE_IN', 'jbic');
    expect(sectors.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.sector)).toEqual(expect.arrayContaining(sectors));
    for (const row of rows.filter((r) => sectors.includes(r.sector as string))) {
      const others = annotation.entities
        .filter((e) => e.kind === 'Organization' && e.id !== 'jbic')
        .filter((e) => targetsOf('ACTIVE_IN', e.id).includes(row.sector as string))
        .map((e) => e.id);
      expect(row.sharedWith).toEqual(expect.arrayContaining(others));
      expect(row.sharedWith).not.toContain('jbic');
      expect((row.quotes as string[]).length).toBeGreaterThan(0);
    }
    const uranium = rows.find((r) => r.nameJa === 'ウラン');
    expect(uranium?.sharedWith).toEqual(expect.arrayContaining(['jogmec', 'nexi']));
  });

  it('(c) returns a node’s neighbourhood up to two hops, every relationship between returned nodes', async () => {
    const [row] = await db.query(NEIGHBOURHOOD_QUERY, { id: 'jbic', limit: 1000 });
    const nodes = (row?.nodes ?? []) as Array<{ id: string; kind: string }>;
    const relationships = (row?.relationships ?? []) as Array<{
      type: string;
      from: string;
      to: string;
    }>;
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids).toContain('jbic');
    // One hop: what the annotation links jbic to. Two hops: who shares a sector with it.
    for (const sector of targetsOf('ACTIVE_IN', 'jbic')) expect(ids).toContain(sector);
    expect(ids).toContain('jogmec');
    for (const r of relationships) {
      expect(ids).toContain(r.from);
      expect(ids).toContain(r.to);
    }
    expect(nodes.every((n) => n.kind)).toBe(true);
  });

  it('(c) keeps a hub’s neighbourhood within the limit it is given', async () => {
    const [row] = await db.query(NEIGHBOURHOOD_QUERY, { id: 'japan', limit: 5 });
    expect((row?.relationships as unknown[]).length).toBeLessThanOrEqual(5 * 2);
    expect((row?.nodes as unknown[]).length).toBeLessThanOrEqual(5 * 2 + 1);
    expect((row?.nodes as unknown[]).length).toBeGreaterThan(1);
  });
});
