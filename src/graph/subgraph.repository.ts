import { cypherFile } from '../db/cypher-files';
import { documentGraphEdges } from './document-graph-edges';
import { EDGE_MAPS, edgesAmongKept } from './edges-among';
import { neighborhoodCypher, type SubgraphDetail } from './neighborhood-cypher';
import { organizationSectorGraphCypher } from './organization-sector-cypher';
import { shortestPathCypher } from './path-cypher';
import { EDGES_PER_NODE } from '../limits';
import type { Database, Row } from '../db/database';
import {
  NODE_KIND_NAMES,
  RELATION_TYPES,
  RELATION_TYPE_NAMES,
  TEXT_STRUCTURE_KINDS,
  TEXT_STRUCTURE_TYPES,
  type NodeKind,
  type RelationType,
} from '../vocabulary';

/**
 * Subgraphs for third-party graph viewers: nodes and edges keyed by business ids, every edge's
 * ends among the nodes. Each function runs one named query (one round trip) and returns plain
 * objects; the GraphQL layer and the exporters (src/graph/export) only reshape them.
 */

export interface SubgraphNodeData {
  readonly id: string;
  readonly kind: NodeKind;
  /** What a viewer writes on the node: the English name, else the Japanese, else the id. */
  readonly label: string;
  readonly name: { readonly ja: string; readonly en: string };
  /** The node's other properties (see HIDDEN_NODE_PROPERTIES). */
  readonly properties: Record<string, unknown>;
}

export interface SubgraphEdgeData {
  readonly id: string;
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  /** The type's English label from the vocabulary. */
  readonly label: string;
  /** The document that asserts the relationship. */
  readonly documentId: string | null;
  /** The clause and quote that assert it; null for PART_OF, which comes from the layout. */
  readonly evidence: { readonly clauseId: string; readonly quote: string } | null;
  /** The relationship's other properties: offsets, prefix/suffix, cameo, jointly, actId, q_*. */
  readonly properties: Record<string, unknown>;
}

export interface SubgraphData {
  readonly nodes: SubgraphNodeData[];
  readonly edges: SubgraphEdgeData[];
  /** True when a limit cut nodes or edges. */
  readonly truncated: boolean;
}

/** Edges allowed per node allowed by a `limit` (src/limits.ts). */
export { EDGES_PER_NODE };

export interface NeighborhoodQuery {
  readonly id: string;
  /** 1..3, checked by the caller. */
  readonly depth: number;
  /** Relationship types to follow; null for every type of the vocabulary. */
  readonly types: readonly RelationType[] | null;
  /** Kinds of node to include (the centre always is); null for every kind. */
  readonly kinds: readonly NodeKind[] | null;
  /** Max nodes, the centre included. */
  readonly limit: number;
  /** `drawing` leaves `properties` empty but for what drawing needs; default `all`. */
  readonly detail?: SubgraphDetail;
}

export type { SubgraphDetail };

/** The nodes within `depth` steps of a node, and the edges among them; null for an unknown id. */
export async function findNeighborhood(
  db: Database,
  query: NeighborhoodQuery,
): Promise<SubgraphData | null> {
  const [row] = await db.query(
    neighborhoodCypher(query.depth, query.types, query.kinds, query.detail),
    {
      id: query.id,
      limit: query.limit,
      edgeLimit: query.limit * EDGES_PER_NODE,
    },
  );
  return row ? edgesById(toSubgraph(fromColumns(row))) : null;
}

export interface PathQuery {
  readonly from: string;
  readonly to: string;
  /** 1..6, checked by the caller. */
  readonly maxLength: number;
  readonly types: readonly RelationType[] | null;
}

/**
 * A shortest path in either direction: its nodes and edges in order from `from` to `to`. When no
 * path of at most `maxLength` steps exists, the two ends and no edges. Null for an unknown id.
 */
export async function findShortestPath(
  db: Database,
  query: PathQuery,
): Promise<SubgraphData | null> {
  const [row] = await db.query(shortestPathCypher(query.maxLength, query.types), {
    from: query.from,
    to: query.to,
  });
  return row ? toSubgraph({ ...row, truncated: false }) : null;
}

export interface GraphQuery {
  /** Only what this document contributed; null for the whole graph. */
  readonly documentId: string | null;
  readonly types: readonly RelationType[] | null;
  readonly kinds: readonly NodeKind[] | null;
  /** Whether Section/Clause nodes and PART_OF/MENTIONS edges are included. */
  readonly includeStructure: boolean;
  /** Max nodes; the most connected stay. */
  readonly limit: number;
}

/** The whole graph or one document's part of it; null when `documentId` names no document. */
export async function findGraph(db: Database, query: GraphQuery): Promise<SubgraphData | null> {
  const without = <T>(all: readonly T[], left: readonly T[]) =>
    query.includeStructure ? all : all.filter((value) => !left.includes(value));
  const types = without(query.types ?? RELATION_TYPE_NAMES, TEXT_STRUCTURE_TYPES);
  // The whole graph's edges are those among its nodes; a document's, those it asserts.
  const [nodes, edges] =
    query.documentId === null
      ? [cypherFile('subgraph/graph-nodes'), edgesAmongKept(types, EDGE_MAPS)]
      : [cypherFile('subgraph/document-graph-nodes'), documentGraphEdges(types)];
  const cypher = [nodes, cypherFile('subgraph/graph-keep'), edges, cypherFile('subgraph/graph')];
  const parts = await db.query(cypher.join('\n'), {
    documentId: query.documentId,
    kinds: without(query.kinds ?? NODE_KIND_NAMES, TEXT_STRUCTURE_KINDS),
    limit: query.limit,
    edgeLimit: query.limit * EDGES_PER_NODE,
  });
  const [first] = parts;
  if (!first?.documentFound) return null;
  const subgraph = toSubgraph({
    nodes: parts.flatMap((part) => part.nodes as PropertyMap[]),
    edges: parts.flatMap((part) => part.edges as PropertyMap[]),
    truncated: first.truncated,
  });
  // A document's edges come sorted (document-graph-edges.ts); the whole graph's in the order of
  // its nodes (edges-among.ts).
  return query.documentId === null ? edgesById(subgraph) : subgraph;
}

export interface OrganizationSectorQuery {
  readonly organizationIds: readonly string[];
  readonly sectorIds: readonly string[];
  /** Start also from the sectors narrower than `sectorIds` (SKOS broader, any depth). */
  readonly includeNarrowerSectors: boolean;
  /** ACTIVE_IN steps from the starts, 1..4, checked by the caller. */
  readonly depth: number;
  readonly limit: number;
}

/**
 * Organizations and sectors joined by ACTIVE_IN, walked from the given ones. `missing` lists the
 * given ids that name no node of the expected kind.
 */
export async function findOrganizationSectorGraph(
  db: Database,
  query: OrganizationSectorQuery,
): Promise<{ subgraph: SubgraphData; missing: Array<{ argument: string; id: string }> }> {
  const cypher = organizationSectorGraphCypher(query.depth, query.includeNarrowerSectors);
  const [row] = await db.query(cypher, {
    organizationIds: query.organizationIds,
    sectorIds: query.sectorIds,
    limit: query.limit,
    edgeLimit: query.limit * EDGES_PER_NODE,
  });
  return {
    subgraph: edgesById(toSubgraph(row!)),
    missing: (row?.missing ?? []) as Array<{ argument: string; id: string }>,
  };
}

/**
 * Node properties that do not go into `properties`: the id and kind (fields of their own), the
 * names (in `name`), and the loader's bookkeeping (which documents named the node, the hash of the
 * annotation a document was loaded from, the shared facts a clause evidences).
 */
export const HIDDEN_NODE_PROPERTIES = [
  'id',
  'kind',
  'nameJa',
  'nameEn',
  'sources',
  'definedBy',
  'contentHash',
  'loadedNodeIds',
  'loadedFactIds',
  'factIds',
];

/** Relationship properties shown elsewhere: id, documentId (`source`), evidence. */
export const HIDDEN_EDGE_PROPERTIES = ['id', 'source', 'clauseId', 'quote'];

type PropertyMap = Record<string, unknown>;

function toSubgraph(row: Row): SubgraphData {
  return {
    nodes: (row.nodes as PropertyMap[]).map(toNode),
    edges: (row.edges as Array<{ properties: PropertyMap } & PropertyMap>).map(toEdge),
    truncated: row.truncated === true,
  };
}

/**
 * A neighbourhood's columns (neighborhood-cypher.ts) as the node and edge maps the other
 * subgraph queries return: the i-th node is the i-th entry of every node column.
 */
function fromColumns(row: Row): Row {
  const column = (name: string) => row[name] as unknown[];
  const properties = (name: string, i: number) =>
    ((row[name] as PropertyMap[] | null)?.[i] ?? {}) as PropertyMap;
  const kinds = column('nodeKinds');
  const [types, sources, targets] = ['edgeTypes', 'edgeSources', 'edgeTargets'].map(column);
  return {
    nodes: column('nodeIds').map((id, i) => ({
      ...properties('nodeProperties', i),
      id,
      kind: kinds[i],
    })),
    edges: column('edgeIds').map((id, i) => ({
      id,
      type: types![i],
      source: sources![i],
      target: targets![i],
      properties: properties('edgeProperties', i),
    })),
    truncated: row.truncated,
  };
}

/** The subgraph with its edges in id order, as edges-among.ts leaves it to its callers. */
function edgesById(subgraph: SubgraphData): SubgraphData {
  const edges = [...subgraph.edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...subgraph, edges };
}

function toNode(properties: PropertyMap): SubgraphNodeData {
  const id = String(properties.id);
  const name = { ja: text(properties.nameJa), en: text(properties.nameEn) };
  return {
    id,
    kind: properties.kind as NodeKind,
    label: name.en || name.ja || id,
    name,
    properties: omit(properties, HIDDEN_NODE_PROPERTIES),
  };
}

function toEdge(edge: { properties: PropertyMap } & PropertyMap): SubgraphEdgeData {
  const type = edge.type as RelationType;
  // A document's shared facts come with their qualifiers apart (src/graph/document-graph-edges.ts).
  const qualifiers = (edge.qualifiers ?? []) as Array<[string, unknown]>;
  const properties = qualifiers.length
    ? { ...edge.properties, ...Object.fromEntries(qualifiers) }
    : edge.properties;
  const { clauseId, quote, source } = properties;
  return {
    id: String(edge.id),
    type,
    source: String(edge.source),
    target: String(edge.target),
    label: RELATION_TYPES[type].label.en,
    documentId: typeof source === 'string' ? source : null,
    evidence:
      typeof clauseId === 'string' && typeof quote === 'string' ? { clauseId, quote } : null,
    properties: omit(properties, HIDDEN_EDGE_PROPERTIES),
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Also drops null values: Neo4j stores none, so a null is a key a query left out (a text). */
function omit(properties: PropertyMap, hidden: readonly string[]): PropertyMap {
  return Object.fromEntries(
    Object.entries(properties).filter(([key, value]) => value !== null && !hidden.includes(key)),
  );
}
