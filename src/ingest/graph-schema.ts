import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database';
import { cypherStatements } from '../db/cypher-files';
import { PER_ACT_TYPES, PER_FACT_TYPES, RELATION_TYPE_NAMES } from '../vocabulary';

/**
 * The graph's constraints and indexes: those written out in cypher/schema/constraints.cypher,
 * and the relationship property indexes generated from the vocabulary (one per type, as Neo4j
 * indexes relationships per type):
 * - `source` of every per-act type: the loader finds a document's relationships by seeks, never
 *   by scanning every relationship;
 * - `clauseId` of every evidenced type: a clause's asserted relations are seeks too;
 * - `id` of every perFact type: the loader finds the facts a document asserted by their ids.
 */
export function schemaStatements(): string[] {
  const index = (type: string, property: string) =>
    `CREATE INDEX rel_${type.toLowerCase()}_${property.toLowerCase()} IF NOT EXISTS ` +
    `FOR ()-[r:${type}]-() ON (r.${property})`;
  return [
    ...cypherStatements('schema/constraints'),
    ...PER_ACT_TYPES.map((type) => index(type, 'source')),
    ...RELATION_TYPE_NAMES.filter((type) => type !== 'PART_OF').map((type) =>
      index(type, 'clauseId'),
    ),
    ...PER_FACT_TYPES.map((type) => index(type, 'id')),
  ];
}

/** Databases whose schema this process has applied: once per process, not once per load. */
const applied = new WeakSet<Database>();

/**
 * Creates constraints and indexes (idempotent), once per Database object. Schema changes cannot
 * share a data transaction, so each statement runs in its own.
 */
export async function applySchema(db: Database): Promise<void> {
  if (applied.has(db)) return;
  for (const statement of schemaStatements()) {
    await db.write((tx: ManagedTransaction) => db.run(tx, statement));
  }
  await db.write((tx) => db.run(tx, 'CALL db.awaitIndexes(300)'));
  applied.add(db);
}
