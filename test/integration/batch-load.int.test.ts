import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { cypherFile } from '../../src/db/cypher-files';
import type { Annotation } from '../../src/ingest/annotation.schema';
import { applySchema } from '../../src/ingest/graph-schema';
import {
  countDocumentGraph,
  loadBatch,
  loadGraph,
  removeDocuments,
} from '../../src/ingest/load-graph';
import { seedDirectory } from '../../src/ingest/seed';
import { factId, toGraph, type GraphRows } from '../../src/ingest/to-graph';
import {
  evidenceIn,
  makeState,
  minimalAnnotation,
  renameEntity,
  withChange,
} from '../support/annotations';
import { openTestDatabase } from '../support/database';

/**
 * A directory of annotations loads in batches, each document still all-or-nothing: a bad one in a
 * batch is refused with its own error and leaves nothing, the others load; loading the folder
 * again changes nothing; a changed annotation replaces its previous version without stale facts.
 * Every annotation here is fictional, built by this test, and says so in its source note.
 */
const run = randomUUID().slice(0, 8);
const A = `batch-a-${run}`;
const B = `batch-b-${run}`;
const C = `batch-c-${run}`;
const BAD = `batch-bad-${run}`;
const INVALID = `batch-invalid-${run}`;
const JBIC = `jbic-${run}`;
const URANIUM = `uranium-${run}`;
const FACT = factId(JBIC, 'ACTIVE_IN', URANIUM);
const D = `batch-d-${run}`;
const ALL = [A, B, C, D, BAD, INVALID];

let db: Database;
let folder: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-load-'));
});

afterAll(async () => {
  await removeDocuments(db, ALL);
  fs.rmSync(folder, { recursive: true, force: true });
  await db.close();
});

/** The minimal annotation as `documentId`, fictional: JBIC and uranium shared, the rest its own. */
function annotationOf(
  documentId: string,
  place?: { ja: string; en: string },
): { annotation: Annotation; statement: string } {
  const { annotation, statement } = minimalAnnotation({ documentId, place });
  const renamed = withChange(annotation, (a) => {
    a.document.source.note = `FICTIONAL: written by test/integration/batch-load.int.test.ts; not a real document.`;
    for (const entity of [...a.entities]) {
      if (entity.id === 'jbic') renameEntity(a, 'jbic', JBIC);
      else if (entity.id === 'uranium') renameEntity(a, 'uranium', URANIUM);
      else renameEntity(a, entity.id, `${entity.id}-${documentId}`);
    }
  });
  return { annotation: renamed, statement };
}

/** B, changed: its proposition and the relations about it gone, JBIC now also active in oil. */
function changedB(): { annotation: Annotation; statement: string } {
  const { annotation, statement } = annotationOf(B);
  const changed = withChange(annotation, (a) => {
    const proposition = `jbic-engagement-${B}`;
    a.entities = a.entities.filter((e) => e.id !== proposition);
    a.relations = a.relations.filter((r) => r.to !== proposition && r.from !== proposition);
    a.entities.push({
      id: `oil-${run}`,
      kind: 'Sector',
      name: { ja: '石油分野', en: 'Oil (fictional test sector)' },
      aliases: [],
    });
    a.relations.push({
      id: 'r-active-in-oil',
      type: 'ACTIVE_IN',
      from: JBIC,
      to: `oil-${run}`,
      evidence: evidenceIn(statement, a.clauses)('sec_1__para_1', 'ウラン分野'),
    });
  });
  return { annotation: changed, statement };
}

/** Writes `annotation` into the test folder under `name`/ (files are loaded in name order). */
function write(
  name: string,
  { annotation, statement }: { annotation: unknown; statement: string },
  into = folder,
) {
  const dir = path.join(into, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'statement.txt'), statement);
  fs.writeFileSync(path.join(dir, 'annotation.json'), JSON.stringify(annotation, null, 2));
  return path.join(dir, 'annotation.json');
}

/** BAD makes the shared JBIC a State: valid on its own, refused by the loader. */
function bad() {
  const { annotation, statement } = annotationOf(BAD);
  return {
    statement,
    annotation: withChange(annotation, (a) => makeState(a, JBIC)),
  };
}

/** INVALID names an entity it does not declare: the validator refuses it before any write. */
function invalid() {
  const { annotation, statement } = annotationOf(INVALID);
  return {
    statement,
    annotation: withChange(annotation, (a) => {
      a.relations[0]!.to = `nowhere-${run}`;
    }),
  };
}

const graphOf = ({ annotation, statement }: { annotation: Annotation; statement: string }) =>
  toGraph(annotation, statement);

/** Counts by kind and type as maps, so that order does not matter. */
async function loadedCounts(documentId: string) {
  const counts = await countDocumentGraph(db, documentId);
  return {
    nodes: Object.fromEntries(counts.nodes.map((n) => [n.kind, n.count])),
    relationships: Object.fromEntries(counts.relationships.map((r) => [r.type, r.count])),
  };
}

function expectedCounts(graph: GraphRows) {
  const tally = (keys: string[]) =>
    keys.reduce<Record<string, number>>((acc, key) => ({ ...acc, [key]: (acc[key] ?? 0) + 1 }), {});
  return {
    nodes: tally(graph.nodes.map((n) => n.kind)),
    relationships: tally([...graph.relationships, ...graph.facts].map((r) => r.type)),
  };
}

/** Everything the test documents wrote: nodes and relationships with all they hold, as a hash. */
async function snapshot(): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const nodes = await db.query(
    `MATCH (n:Entity) WHERE any(s IN n.sources WHERE s IN $documents)
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties`,
    { documents: ALL },
  );
  const relationships = await db.query(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE r.source IN $documents OR any(d IN coalesce(r.documentIds, []) WHERE d IN $documents)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties`,
    { documents: ALL },
  );
  const canonical = (value: unknown): string =>
    JSON.stringify(value, (_, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
        : v,
    );
  const lines = [
    ...nodes.map((n) => canonical({ ...n, labels: [...(n.labels as string[])].sort() })),
    ...relationships.map(canonical),
  ].sort();
  return {
    nodes: nodes.length,
    relationships: relationships.length,
    checksum: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}

async function graphVersion(): Promise<number> {
  const [row] = await db.query(cypherFile('ingest/find-graph-version'));
  return Number(row?.version ?? 0);
}

async function fact() {
  const [row] = await db.query(
    `MATCH (:Entity {id: $from})-[r:ACTIVE_IN]->(:Entity {id: $to})
     RETURN r.id AS id, r.documentIds AS documentIds, r.documentCount AS documentCount,
            r.evidenceSources AS evidenceSources`,
    { from: JBIC, to: URANIUM },
  );
  return row;
}

describe('loading a folder of annotations in batches', () => {
  let files: Record<string, string>;

  beforeAll(() => {
    files = {
      [A]: write('1-a', annotationOf(A)),
      [BAD]: write('2-bad', bad()),
      [B]: write('3-b', annotationOf(B)),
      [INVALID]: write('4-invalid', invalid()),
      [C]: write('5-c', annotationOf(C)),
    };
  });

  it('loads the good documents of a batch that holds a bad one, and refuses the bad ones with their own errors', async () => {
    const report = await seedDirectory(db, folder);
    expect(report.loaded.map((r) => r.documentId).sort()).toStrictEqual([A, B, C].sort());
    expect(report.refused).toHaveLength(2);
    expect(report.refused).toContainEqual({
      file: files[BAD],
      message: `node "${JBIC}" is an Organization in ${A}; ${BAD} cannot make it a State`,
    });
    const invalidRefusal = report.refused.find((r) => r.file === files[INVALID]);
    expect(invalidRefusal?.message).toContain(`nowhere-${run}`);
    for (const documentId of [A, B, C]) {
      expect(await loadedCounts(documentId)).toStrictEqual(
        expectedCounts(graphOf(annotationOf(documentId))),
      );
    }
  });

  it('leaves nothing of a refused document', async () => {
    for (const documentId of [BAD, INVALID]) {
      expect(await loadedCounts(documentId)).toStrictEqual({ nodes: {}, relationships: {} });
      expect(await db.query('MATCH (n:Entity {id: $id}) RETURN n.id', { id: documentId })).toEqual(
        [],
      );
    }
    const [jbic] = await db.query('MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels', {
      id: JBIC,
    });
    expect(jbic?.labels).not.toContain('State');
  });

  it('writes a fact the batch asserts three times as one edge, with each document’s evidence once', async () => {
    const edges = await db.query(
      'MATCH (:Entity {id: $from})-[r:ACTIVE_IN]->(:Entity {id: $to}) RETURN r.id AS id',
      { from: JBIC, to: URANIUM },
    );
    expect(edges).toStrictEqual([{ id: FACT }]);
    const row = await fact();
    expect(row?.documentIds).toStrictEqual([A, B, C].sort());
    expect(row?.documentCount).toBe(3);
    expect([...(row?.evidenceSources as string[])].sort()).toStrictEqual([A, B, C].sort());
  });

  it('changes nothing when the same folder is loaded again', async () => {
    const before = await snapshot();
    const version = await graphVersion();
    const report = await seedDirectory(db, folder);
    expect(report.loaded).toStrictEqual([]);
    expect([...report.unchanged].sort()).toStrictEqual([A, B, C].sort());
    expect(report.refused.map((r) => r.file).sort()).toStrictEqual(
      [files[BAD], files[INVALID]].sort(),
    );
    expect(await graphVersion()).toBe(version);
    expect(await snapshot()).toStrictEqual(before);
  });

  it('replaces a changed document’s previous version, leaving none of its stale facts', async () => {
    write('3-b', changedB());
    const report = await seedDirectory(db, folder);
    expect(report.loaded.map((r) => r.documentId)).toStrictEqual([B]);
    expect([...report.unchanged].sort()).toStrictEqual([A, C].sort());
    const graph = graphOf(changedB());
    expect(await loadedCounts(B)).toStrictEqual(expectedCounts(graph));
    const named = await db.query(
      'MATCH (n:Entity) WHERE $documentId IN n.sources RETURN n.id AS id ORDER BY id',
      { documentId: B },
    );
    expect(named.map((n) => n.id)).toStrictEqual(graph.nodes.map((n) => n.id).sort());
    expect(
      await db.query('MATCH (n:Entity {id: $id}) RETURN n.id', { id: `jbic-engagement-${B}` }),
    ).toStrictEqual([]);
    // B's evidence on the shared fact is that of its new version only: one entry, not two.
    const row = await fact();
    expect((row?.evidenceSources as string[]).filter((s) => s === B)).toHaveLength(
      graph.facts.find((f) => f.id === FACT)?.evidence.ids.length ?? 0,
    );
    expect(await db.query('MATCH (n:Entity) WHERE n.sources = [] RETURN n.id')).toStrictEqual([]);
  });
});

describe('a folder with annotations whose ids something else holds', () => {
  /** A Person that A loaded: no statement may take its id. */
  const PERSON = `koizumi-junichiro-${A}`;
  let other: string;
  let files: Record<string, string>;
  let report: Awaited<ReturnType<typeof seedDirectory>>;
  let textOfA: unknown;

  beforeAll(async () => {
    const [a] = await db.query('MATCH (d:Document {id: $id}) RETURN d.text AS text', { id: A });
    textOfA = a?.text;
    other = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-load-taken-'));
    files = {
      // Another statement (another place, so another text) under A's id.
      [A]: write('1-another-a', annotationOf(A, { ja: 'アルマトイ', en: 'Almaty' }), other),
      [PERSON]: write('2-person', annotationOf(PERSON), other),
      [D]: write('3-d', annotationOf(D), other),
    };
    report = await seedDirectory(db, other);
  });
  afterAll(() => fs.rmSync(other, { recursive: true, force: true }));

  it('refuses another statement under a loaded document’s id, as a single load does', () => {
    expect(report.refused).toContainEqual({
      file: files[A],
      message: `id "${A}" is already the id of another loaded document (its text differs); give the statement another id, or unseed ${A} first`,
    });
  });

  it('refuses a statement under the id of a node of another kind', () => {
    expect(report.refused).toContainEqual({
      file: files[PERSON],
      message: `id "${PERSON}" already names a Person in the database; give the statement another id`,
    });
  });

  it('loads the others, and leaves the loaded document and the node as they were', async () => {
    expect(report.refused).toHaveLength(2);
    expect(report.loaded.map((r) => r.documentId)).toStrictEqual([D]);
    const [a] = await db.query('MATCH (d:Document {id: $id}) RETURN d.text AS text', { id: A });
    expect(a?.text).toBe(textOfA);
    expect(await loadedCounts(A)).toStrictEqual(expectedCounts(graphOf(annotationOf(A))));
    const [person] = await db.query('MATCH (n:Entity {id: $id}) RETURN n.kind AS kind', {
      id: PERSON,
    });
    expect(person?.kind).toBe('Person');
  });
});

describe('a batch and the same documents one by one', () => {
  it('write exactly the same graph', async () => {
    await removeDocuments(db, ALL);
    const graphs = [A, B, C].map((id) => graphOf(annotationOf(id)));
    await loadBatch(db, graphs);
    const batched = await snapshot();
    await removeDocuments(db, [A, B, C]);
    expect((await snapshot()).nodes).toBe(0);
    for (const graph of graphs) await loadGraph(db, graph);
    expect(await snapshot()).toStrictEqual(batched);
  });

  it('are removed in one transaction as completely as one by one', async () => {
    await removeDocuments(db, [A, B, C]);
    expect(await snapshot()).toStrictEqual({
      nodes: 0,
      relationships: 0,
      checksum: createHash('sha256').update('').digest('hex'),
    });
    expect(
      await db.query('MATCH (n:Entity) WHERE n.id IN [$jbic, $uranium] RETURN n.id', {
        jbic: JBIC,
        uranium: URANIUM,
      }),
    ).toStrictEqual([]);
  });
});
