import { cypherFile } from '../db/cypher-files';
import type { Database } from '../db/database';
import {
  NODE_KINDS,
  NODE_KIND_NAMES,
  RELATION_TYPES,
  RELATION_TYPE_NAMES,
  type NodeKind,
  type RelationType,
} from '../vocabulary';
import type { SubgraphData } from './subgraph.repository';

/**
 * The graph's schema as a subgraph, against hairballs: one node per kind present (id = the kind,
 * `properties.count` = how many nodes have it) and one edge per relationship type between two
 * kinds (id `<from>-<TYPE>-<to>`, `properties.count`). One query; never truncated.
 */
export async function findSchemaGraph(db: Database): Promise<SubgraphData> {
  const [row] = await db.query(cypherFile('subgraph/schema-graph'), {
    kinds: NODE_KIND_NAMES,
    types: RELATION_TYPE_NAMES,
  });
  const kinds = (row?.kinds ?? []) as Array<{ kind: NodeKind; count: number }>;
  const links = (row?.links ?? []) as Array<{
    from: NodeKind;
    type: RelationType;
    to: NodeKind;
    count: number;
  }>;
  return {
    nodes: kinds.map(({ kind, count }) => ({
      id: kind,
      kind,
      label: NODE_KINDS[kind].label.en,
      name: NODE_KINDS[kind].label,
      properties: { count },
    })),
    edges: links.map(({ from, type, to, count }) => ({
      id: `${from}-${type}-${to}`,
      type,
      source: from,
      target: to,
      label: RELATION_TYPES[type].label.en,
      documentId: null,
      evidence: null,
      properties: { count },
    })),
    truncated: false,
  };
}
