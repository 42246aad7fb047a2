/**
 * The write floor of `npm run bench:scale`: the least Neo4j has to do to store a batch of
 * documents' graph rows, timed against the loader on the same database, the same indexes and
 * the same batches, as the driver floor of `npm run bench` is timed against the API.
 *
 * In one write transaction per batch, it creates the nodes that do not exist yet (label and
 * properties) and every relationship with its properties: per-act relationships as the loader
 * stores them, and each document's facts as new relationships with that document's evidence
 * lists, as the loader stores a fact it creates. It keeps no `sources`, replaces no earlier
 * version, merges no shared fact and checks nothing: the work a loader adds to this is what the
 * ratio shows. What it wrote is removed again, outside the timing. Not a loader: never use it on
 * data you keep.
 */
import type { Database } from '../db/database';
import type { GraphRows } from '../ingest/to-graph';
import { relType } from '../graph/projection/cypher-builder';
import { BASE_LABEL, PER_FACT_TYPES, type RelationType } from '../vocabulary';

const CREATE_NODES = `
UNWIND $nodes AS row
CREATE (n:${BASE_LABEL} {id: row.id})
SET n:$(row.kind), n += row.properties`;

/** The floor's write for one relationship type (from the vocabulary; values are $params). */
function createRelationships(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:${BASE_LABEL} {id: row.from})
MATCH (b:${BASE_LABEL} {id: row.to})
CREATE (a)-[r:${relType(type)}]->(b)
SET r = row.properties`;
}

interface FloorRows {
  readonly nodes: Array<{ id: string; kind: string; properties: Record<string, unknown> }>;
  readonly relationships: Map<
    RelationType,
    Array<{ from: string; to: string; properties: object }>
  >;
}

/** The rows the floor writes for a batch: new nodes once each, every relationship and fact. */
function floorRows(graphs: readonly GraphRows[], existing: ReadonlySet<string>): FloorRows {
  const nodes = new Map<string, FloorRows['nodes'][number]>();
  const relationships: FloorRows['relationships'] = new Map();
  const add = (type: RelationType, row: { from: string; to: string; properties: object }) => {
    const rows = relationships.get(type) ?? [];
    relationships.set(type, rows);
    rows.push(row);
  };
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      if (!existing.has(node.id) && !nodes.has(node.id)) nodes.set(node.id, node);
    }
    for (const { type, id, from, to, properties } of graph.relationships) {
      add(type, { from, to, properties: { ...properties, id } });
    }
    for (const { type, id, from, to, properties, evidence } of graph.facts) {
      const stored = {
        ...properties,
        id,
        documentIds: [graph.documentId],
        documentCount: 1,
        evidenceIds: evidence.ids,
        evidenceSources: evidence.ids.map(() => graph.documentId),
        evidenceClauseIds: evidence.clauseIds,
        evidenceQuotes: evidence.quotes,
        evidencePrefixes: evidence.prefixes,
        evidenceSuffixes: evidence.suffixes,
        evidenceStarts: evidence.starts,
        evidenceEnds: evidence.ends,
      };
      add(type, { from, to, properties: stored });
    }
  }
  return { nodes: [...nodes.values()], relationships };
}

/**
 * Writes a batch's rows the floor's way in one transaction and returns how long that took
 * (from the transaction's start to its commit), then removes them. The documents must not be
 * loaded: their ids mark what the floor wrote.
 */
export async function timeWriteFloor(db: Database, graphs: readonly GraphRows[]): Promise<number> {
  const ids = [...new Set(graphs.flatMap((g) => g.nodes.map((n) => n.id)))];
  const [found] = await db.query(
    `UNWIND $ids AS id MATCH (n:${BASE_LABEL} {id: id}) RETURN collect(id) AS existing`,
    { ids },
  );
  const existing = new Set((found?.existing ?? []) as string[]);
  if (graphs.some((g) => existing.has(g.documentId))) {
    throw new Error('the write floor writes only documents that are not loaded');
  }
  const rows = floorRows(graphs, existing);

  const started = performance.now();
  await db.write(async (tx) => {
    await db.run(tx, CREATE_NODES, { nodes: rows.nodes });
    for (const [type, typeRows] of rows.relationships) {
      await db.run(tx, createRelationships(type), { rows: typeRows });
    }
  });
  const milliseconds = performance.now() - started;

  await removeFloorWrites(db, graphs, rows);
  return milliseconds;
}

/**
 * Deletes what timeWriteFloor wrote: its relationships by seeks on each type's `source` index
 * (facts on their `id` index), then the nodes it created.
 */
async function removeFloorWrites(
  db: Database,
  graphs: readonly GraphRows[],
  rows: FloorRows,
): Promise<void> {
  const documentIds = graphs.map((g) => g.documentId);
  await db.write(async (tx) => {
    for (const [type, typeRows] of rows.relationships) {
      const match = `MATCH ()-[r:${relType(type)}]->()`;
      if (PER_FACT_TYPES.includes(type)) {
        const factIds = [...new Set(typeRows.map((row) => (row.properties as { id: string }).id))];
        await db.run(
          tx,
          `${match} WHERE r.id IN $factIds AND any(d IN r.documentIds WHERE d IN $documentIds) DELETE r`,
          { factIds, documentIds },
        );
      } else {
        await db.run(tx, `${match} WHERE r.source IN $documentIds DELETE r`, { documentIds });
      }
    }
    await db.run(tx, `UNWIND $ids AS id MATCH (n:${BASE_LABEL} {id: id}) DETACH DELETE n`, {
      ids: rows.nodes.map((n) => n.id),
    });
  });
}
