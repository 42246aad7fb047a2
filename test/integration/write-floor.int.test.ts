import type { Database } from '../../src/db/database';
import { readAnnotation } from '../../src/ingest/read-annotation';
import { toGraph } from '../../src/ingest/to-graph';
import { syntheticCopy } from '../../src/bench/synthetic-corpus';
import { timeWriteFloor } from '../../src/bench/write-floor';
import { openSeededDatabase } from '../support/database';

/**
 * The write floor that `npm run bench:scale` times against the loader may run on a database that
 * holds a user's corpus (NEO4J_URI): it must leave that graph exactly as it found it, and never
 * touch a loaded document.
 */
let db: Database;
const { annotation, statement } = readAnnotation();
// Copies no other test or benchmark run loads at the same time.
const first = 7000 + Math.floor(Math.random() * 2000);
const graphs = [first, first + 1].map((copy) =>
  toGraph(syntheticCopy(annotation, copy), statement),
);
const documentIds = graphs.map((g) => g.documentId);
const nodeIds = [...new Set(graphs.flatMap((g) => g.nodes.map((n) => n.id)))];

beforeAll(async () => {
  db = await openSeededDatabase();
});

afterAll(async () => {
  await db.close();
});

/** The copies' nodes that exist, and every relationship the copies could have written. */
async function traces(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.query(
    `CALL () { UNWIND $nodeIds AS id MATCH (n:Entity {id: id}) RETURN count(n) AS nodes }
     CALL () {
       MATCH ()-[r]->()
       WHERE r.source IN $documentIds OR any(d IN coalesce(r.documentIds, []) WHERE d IN $documentIds)
       RETURN count(r) AS relationships
     }
     RETURN nodes, relationships`,
    { nodeIds, documentIds },
  );
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}

describe('the write floor of bench:scale', () => {
  it("writes two copies' rows and removes them again: the shared nodes stay, nothing else is left", async () => {
    const before = await traces();
    // The shared states, organizations, sectors and places exist; the copies' own nodes do not.
    expect(before.nodes).toBeGreaterThan(0);
    expect(before.nodes).toBeLessThan(nodeIds.length);
    expect(before.relationships).toBe(0);

    expect(await timeWriteFloor(db, graphs)).toBeGreaterThan(0);

    expect(await traces()).toStrictEqual(before);
  });

  it('refuses a loaded document, whose graph it would have doubled', async () => {
    await expect(timeWriteFloor(db, [toGraph(annotation, statement)])).rejects.toThrow(
      'the write floor writes only documents that are not loaded',
    );
  });
});
