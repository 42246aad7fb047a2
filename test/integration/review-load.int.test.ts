import path from 'node:path';
import type { Database } from '../../src/db/database';
import { dryRun, formatDryRun, type DryRunReport } from '../../src/ingest/dry-run';
import { countDocumentGraph } from '../../src/ingest/load-graph';
import { readAnnotation } from '../../src/ingest/read-annotation';
import { seed } from '../../src/ingest/seed';
import { toGraph } from '../../src/ingest/to-graph';
import { unseed, UnseedError } from '../../src/ingest/unseed';
import { PROJECT_ROOT } from '../../src/local-neo4j/paths';
import { openTestDatabase } from '../support/database';

/**
 * Review and load against the real Neo4j: the dry run reads and never writes; unseed removes one
 * document and nothing another still names; a statement that others cite takes over its node.
 */
const FICTIONAL = path.join(PROJECT_ROOT, 'fixtures', 'fictional-jp-kz-2026', 'annotation.json');
const FICTIONAL_ID = 'fictional-jp-kz-2026';
const SHIPPED_ID = 'jp-kz-2006';

let db: Database;

const fictionalGraph = () => {
  const { annotation, statement } = readAnnotation(FICTIONAL);
  return toGraph(annotation, statement);
};

/** Added/changed/removed totals of a dry run, and its joins. */
function totals(report: DryRunReport) {
  const sum = (rows: DryRunReport['nodes'], key: 'added' | 'changed' | 'removed') =>
    Object.values(rows).reduce((s, c) => s + c[key], 0);
  return {
    nodes: {
      added: sum(report.nodes, 'added'),
      changed: sum(report.nodes, 'changed'),
      removed: sum(report.nodes, 'removed'),
    },
    relationships: {
      added: sum(report.relationships, 'added'),
      changed: sum(report.relationships, 'changed'),
      removed: sum(report.relationships, 'removed'),
    },
  };
}

function evidenceTotals(report: DryRunReport) {
  const sum = (key: 'evidenceAdded' | 'evidenceRemoved' | 'evidenceMoved') =>
    Object.values(report.relationships).reduce((s, c) => s + c[key], 0);
  return {
    evidenceAdded: sum('evidenceAdded'),
    evidenceRemoved: sum('evidenceRemoved'),
    evidenceMoved: sum('evidenceMoved'),
  };
}

type Relation = ReturnType<typeof readAnnotation>['annotation']['relations'][number];

/** The same relation quoting one character less: the evidence moves, nothing else does. */
function shortened(r: Relation): Relation {
  const { exact, suffix, end } = r.evidence;
  return {
    ...r,
    evidence: {
      ...r.evidence,
      exact: exact.slice(0, -1),
      suffix: exact.slice(-1) + suffix,
      end: end - 1,
    },
  };
}

async function nodeState(id: string) {
  const [row] = await db.query(
    'MATCH (n:Entity {id: $id}) RETURN n.sources AS sources, n.definedBy AS definedBy, n.text IS NOT NULL AS loaded',
    { id },
  );
  return row;
}

async function unseedIfLoaded(documentId: string) {
  await unseed(db, documentId).catch((error: unknown) => {
    if (!(error instanceof UnseedError)) throw error;
  });
}

beforeAll(async () => {
  db = await openTestDatabase();
  await unseedIfLoaded(FICTIONAL_ID);
  await seed(db);
});

afterAll(async () => {
  await unseedIfLoaded(FICTIONAL_ID);
  await seed(db);
  await db.close();
});

describe('seed --dry-run', () => {
  it('counts what a new statement would add, names the shared entities it would join, writes nothing', async () => {
    const shippedBefore = await countDocumentGraph(db, SHIPPED_ID);
    const graph = fictionalGraph();
    const report = await dryRun(db, graph);
    const none = { evidenceAdded: 0, evidenceRemoved: 0, evidenceMoved: 0 };
    expect(report.nodes.Clause).toEqual({
      added: 12,
      changed: 0,
      removed: 0,
      unchanged: 0,
      ...none,
    });
    expect(report.nodes.Person).toEqual({
      added: 2,
      changed: 0,
      removed: 0,
      unchanged: 0,
      ...none,
    });
    expect(report.relationships.REFERENCES).toEqual({
      added: 1,
      changed: 0,
      removed: 0,
      unchanged: 0,
      ...none,
    });
    // A fact the shipped statement already states is one shared edge: loading only adds this
    // document's evidence to it (not a change); every other relationship and fact is new.
    const [stored] = await db.query(
      'MATCH ()-[r]->() WHERE r.id IN $ids RETURN count(r) AS shared',
      { ids: graph.facts.map((f) => f.id) },
    );
    const shared = Number(stored?.shared);
    expect(shared).toBeGreaterThan(0);
    expect(totals(report).relationships.added).toBe(
      graph.relationships.length + graph.facts.length - shared,
    );
    expect(totals(report).relationships.changed).toBe(0);
    expect(evidenceTotals(report).evidenceAdded).toBe(shared);
    expect(formatDryRun(report)).toContain(`evidence added on ${shared} facts`);
    expect(report.joins).toEqual(
      expect.arrayContaining([
        { id: 'japan', kind: 'State', documents: [SHIPPED_ID] },
        { id: 'jogmec', kind: 'Organization', documents: [SHIPPED_ID] },
        { id: SHIPPED_ID, kind: 'Document', documents: [SHIPPED_ID] },
      ]),
    );
    expect((await countDocumentGraph(db, FICTIONAL_ID)).nodes).toEqual([]);
    expect(await countDocumentGraph(db, SHIPPED_ID)).toEqual(shippedBefore);
  });

  it('finds nothing to change once the statement is loaded, and sees an edit as changes', async () => {
    await seed(db, FICTIONAL);
    expect(totals(await dryRun(db, fictionalGraph()))).toEqual({
      nodes: { added: 0, changed: 0, removed: 0 },
      relationships: { added: 0, changed: 0, removed: 0 },
    });
    const { annotation, statement } = readAnnotation(FICTIONAL);
    const edited = {
      ...annotation,
      entities: annotation.entities.map((e) =>
        e.id === 'rare-metals' ? { ...e, name: { ...e.name, en: 'rare earths' } } : e,
      ),
      relations: annotation.relations.filter(
        (r) => !(r.type === 'MENTIONS' && r.to === 'water-resources'),
      ),
    };
    const report = await dryRun(db, toGraph(edited, statement));
    expect(report.nodes.Sector).toEqual(expect.objectContaining({ changed: 1, removed: 0 }));
    expect(report.relationships.MENTIONS).toEqual(
      expect.objectContaining({ added: 0, removed: 1 }),
    );
  });

  it('tells evidence that is added, removed or moved from a changed relationship', async () => {
    await seed(db, FICTIONAL);
    expect(evidenceTotals(await dryRun(db, fictionalGraph()))).toEqual({
      evidenceAdded: 0,
      evidenceRemoved: 0,
      evidenceMoved: 0,
    });
    const { annotation, statement } = readAnnotation(FICTIONAL);
    const mention = annotation.relations.find((r) => r.type === 'MENTIONS')!;
    const edited = {
      ...annotation,
      relations: annotation.relations
        // JOGMEC's uranium fact is also the shipped statement's: it stays, without this evidence.
        .filter((r) => r.id !== 'r-sec_1__para_1-active-in-jogmec-uranium')
        .map((r) =>
          r.id === 'r-sec_1__para_1-active-in-jbic-oil' || r.id === mention.id ? shortened(r) : r,
        ),
    };
    const report = await dryRun(db, toGraph(edited, statement));
    expect(report.relationships.ACTIVE_IN).toEqual(
      expect.objectContaining({
        added: 0,
        changed: 0,
        removed: 0,
        evidenceRemoved: 1,
        evidenceMoved: 1,
        unchanged: 2,
      }),
    );
    expect(report.relationships.MENTIONS).toEqual(
      expect.objectContaining({ added: 0, changed: 0, removed: 0, evidenceMoved: 1 }),
    );
    const text = formatDryRun(report);
    expect(text).toMatch(/ACTIVE_IN .*; evidence removed on 1 facts, moved on 1/);
    expect(text).toMatch(/MENTIONS .*; evidence moved on 1/);
  });
});

describe('unseed', () => {
  it('removes one document and keeps what another document still names', async () => {
    await seed(db, FICTIONAL);
    const shippedBefore = await countDocumentGraph(db, SHIPPED_ID);
    const report = await unseed(db, FICTIONAL_ID);
    const graph = fictionalGraph();
    // Its per-act relationships are deleted; its evidence is retracted from shared facts.
    expect(report.removedRelationships).toBeGreaterThanOrEqual(graph.relationships.length);
    const [left] = await db.query(
      'MATCH ()-[r]->() WHERE r.source = $d OR $d IN coalesce(r.documentIds, []) RETURN count(r) AS n',
      { d: FICTIONAL_ID },
    );
    expect(left?.n).toBe(0);
    expect((await countDocumentGraph(db, FICTIONAL_ID)).nodes).toEqual([]);
    expect(await nodeState('fictional-yamada-taro')).toBeUndefined();
    expect(await nodeState('japan')).toEqual({
      sources: [SHIPPED_ID],
      definedBy: SHIPPED_ID,
      loaded: false,
    });
    expect(await countDocumentGraph(db, SHIPPED_ID)).toEqual(shippedBefore);
  });

  it('leaves a statement another one cites as a cited document, and loading it again takes the node back', async () => {
    await seed(db, FICTIONAL);
    await unseed(db, SHIPPED_ID);
    expect(await nodeState(SHIPPED_ID)).toEqual({
      sources: [FICTIONAL_ID],
      definedBy: null,
      loaded: false,
    });
    const [cited] = await db.query(
      'MATCH (:Clause {documentId: $citing})-[:REFERENCES]->(d:Document {id: $cited}) RETURN count(d) AS n',
      { citing: FICTIONAL_ID, cited: SHIPPED_ID },
    );
    expect(cited?.n).toBe(1);

    await seed(db);
    expect(await nodeState(SHIPPED_ID)).toEqual({
      sources: [FICTIONAL_ID, SHIPPED_ID],
      definedBy: SHIPPED_ID,
      loaded: true,
    });
    const [reachable] = await db.query(
      `MATCH (:Clause {documentId: $citing})-[:REFERENCES]->(d:Document {id: $cited})
       MATCH (c:Clause)-[:PART_OF]->(:Section)-[:PART_OF]->(d)
       RETURN count(DISTINCT c) AS clauses`,
      { citing: FICTIONAL_ID, cited: SHIPPED_ID },
    );
    expect(reachable?.clauses).toBe(33);
  });

  it('refuses a document that is not loaded, removing nothing', async () => {
    await expect(unseed(db, 'no-such-document')).rejects.toThrow(
      new UnseedError('no loaded document "no-such-document" in the database; nothing removed'),
    );
  });
});
