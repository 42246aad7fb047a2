import type { Database } from '../../src/db/database';
import {
  HIDDEN_EDGE_PROPERTIES,
  HIDDEN_NODE_PROPERTIES,
} from '../../src/graph/subgraph.repository';
import {
  EDGE_PROPERTY_ATTRIBUTES,
  NODE_PROPERTY_ATTRIBUTES,
  QUALIFIER_ATTRIBUTE_PREFIX,
} from '../../src/vocabulary';
import { openSeededDatabase } from '../support/database';

/**
 * Every property the loader writes has a declared export attribute (src/vocabulary/
 * export-attributes.ts), so GraphML, GEXF and CSV name it the same in every file. A property added
 * to the graph without a declaration fails here.
 */
describe('export attributes cover the stored graph', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openSeededDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const keys = async (cypher: string) =>
    ((await db.query(cypher))[0]?.keys as string[]).filter(Boolean).sort();

  it('declares every node property', async () => {
    const stored = await keys(
      'MATCH (n:Entity) UNWIND keys(n) AS key RETURN collect(DISTINCT key) AS keys',
    );
    const known = new Set([
      ...HIDDEN_NODE_PROPERTIES,
      ...NODE_PROPERTY_ATTRIBUTES.map((spec) => spec.name),
    ]);
    expect(stored.filter((key) => !known.has(key))).toStrictEqual([]);
  });

  it('declares every relationship property but the open-ended qualifiers', async () => {
    const stored = await keys(
      'MATCH ()-[r]->() UNWIND keys(r) AS key RETURN collect(DISTINCT key) AS keys',
    );
    const known = new Set([
      ...HIDDEN_EDGE_PROPERTIES,
      ...EDGE_PROPERTY_ATTRIBUTES.map((spec) => spec.name),
    ]);
    const undeclared = stored.filter(
      (key) => !known.has(key) && !key.startsWith(QUALIFIER_ATTRIBUTE_PREFIX),
    );
    expect(undeclared).toStrictEqual([]);
  });
});
