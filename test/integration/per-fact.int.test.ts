import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/database';
import type { Annotation } from '../../src/ingest/annotation.schema';
import { applySchema } from '../../src/ingest/graph-schema';
import { loadGraph, removeDocument } from '../../src/ingest/load-graph';
import { factId, structureId, toGraph } from '../../src/ingest/to-graph';
import { minimalAnnotation, renameEntity, withChange } from '../support/annotations';
import { openTestDatabase } from '../support/database';
import { startTestServer } from '../support/server';

/**
 * A fact many documents state (JBIC is active in uranium) is one relationship that counts the
 * documents and keeps each one's evidence: loading a document never multiplies the edges a
 * traversal walks, and removing one takes away exactly its share.
 */
const run = randomUUID().slice(0, 8);
const FIRST = `fact-first-${run}`;
const SECOND = `fact-second-${run}`;
const JBIC = `jbic-${run}`;
const URANIUM = `uranium-${run}`;
const FACT = factId(JBIC, 'ACTIVE_IN', URANIUM);

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
});

afterAll(async () => {
  await removeDocument(db, FIRST);
  await removeDocument(db, SECOND);
  await db.close();
});

/** The minimal annotation as `documentId`: JBIC and uranium shared, every other node its own. */
function annotationOf(documentId: string): { annotation: Annotation; statement: string } {
  const { annotation, statement } = minimalAnnotation({ documentId });
  const renamed = withChange(annotation, (a) => {
    for (const entity of [...a.entities]) {
      if (entity.id === 'jbic') renameEntity(a, 'jbic', JBIC);
      else if (entity.id === 'uranium') renameEntity(a, 'uranium', URANIUM);
      else renameEntity(a, entity.id, `${entity.id}-${documentId}`);
    }
  });
  return { annotation: renamed, statement };
}

const load = (documentId: string) => {
  const { annotation, statement } = annotationOf(documentId);
  return loadGraph(db, toGraph(annotation, statement));
};

/** Every ACTIVE_IN relationship from JBIC to uranium, with its bookkeeping. */
async function activeIn() {
  return db.query(
    `MATCH (:Entity {id: $from})-[r:ACTIVE_IN]->(:Entity {id: $to})
     RETURN r.id AS id, r.documentIds AS documentIds, r.documentCount AS documentCount,
            r.evidenceIds AS evidenceIds, r.evidenceSources AS evidenceSources,
            r.evidenceClauseIds AS evidenceClauseIds, r.source AS source, r.clauseId AS clauseId,
            size(r.evidenceQuotes) = size(r.evidenceIds) AND size(r.evidenceStarts) = size(r.evidenceIds)
              AS parallel`,
    { from: JBIC, to: URANIUM },
  );
}

const clause = (documentId: string) => structureId(documentId, 'sec_1__para_1');

describe('a fact two documents assert', () => {
  it('is one relationship with documentCount 2 and one evidence entry from each document', async () => {
    await load(FIRST);
    await load(SECOND);
    expect(await activeIn()).toStrictEqual([
      {
        id: FACT,
        documentIds: [FIRST, SECOND].sort(),
        documentCount: 2,
        evidenceIds: ['r-active-in', 'r-active-in'],
        evidenceSources: [FIRST, SECOND],
        evidenceClauseIds: [clause(FIRST), clause(SECOND)],
        source: FIRST,
        clauseId: clause(FIRST),
        parallel: true,
      },
    ]);
  });

  it('is asserted by the clause of each document, found from the clause it evidences', async () => {
    const api = await startTestServer(db);
    try {
      for (const documentId of [FIRST, SECOND]) {
        const [row] = await db.query('MATCH (c:Clause {id: $id}) RETURN c.factIds AS factIds', {
          id: clause(documentId),
        });
        expect(row?.factIds).toStrictEqual([FACT]);
        const { data, errors } = await api.graphql<{
          clause: { asserts: Array<{ type: string; from: { id: string }; to: { id: string } }> };
        }>(`{ clause(id: "${clause(documentId)}") { asserts { type from { id } to { id } } } }`);
        expect(errors).toBeUndefined();
        expect(data?.clause.asserts).toContainEqual({
          type: 'ACTIVE_IN',
          from: { id: JBIC },
          to: { id: URANIUM },
        });
      }
    } finally {
      await api.server.stop();
    }
  });

  it('stays one relationship when a document is loaded again', async () => {
    await load(FIRST);
    const [fact] = await activeIn();
    expect(fact).toMatchObject({ documentCount: 2, evidenceSources: [SECOND, FIRST] });
    expect(await activeIn()).toHaveLength(1);
  });

  it('leaves every document as it was when a load fails before commit', async () => {
    const before = await activeIn();
    const { annotation, statement } = annotationOf(FIRST);
    await expect(
      loadGraph(db, toGraph(annotation, statement), {
        beforeCommit: async () => {
          throw new Error('fails after every write');
        },
      }),
    ).rejects.toThrow('fails after every write');
    expect(await activeIn()).toStrictEqual(before);
  });

  it('keeps count 1 and the other document’s evidence, scalars included, once one is removed', async () => {
    await removeDocument(db, SECOND);
    expect(await activeIn()).toStrictEqual([
      {
        id: FACT,
        documentIds: [FIRST],
        documentCount: 1,
        evidenceIds: ['r-active-in'],
        evidenceSources: [FIRST],
        evidenceClauseIds: [clause(FIRST)],
        source: FIRST,
        clauseId: clause(FIRST),
        parallel: true,
      },
    ]);
  });

  it('is gone once both documents are removed, with the nodes only they named', async () => {
    await removeDocument(db, FIRST);
    expect(await activeIn()).toStrictEqual([]);
    expect(
      await db.query('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id', {
        ids: [JBIC, URANIUM, FIRST, SECOND],
      }),
    ).toStrictEqual([]);
  });
});
