import type { RelationType } from '../vocabulary';
import type { FactRow, GraphRows, NodeRow, PropertyValue, RelationshipRow } from './to-graph';

/**
 * How several documents' graph rows are written in one transaction: the rows of all of them,
 * grouped so that each node, each shared fact and each relationship type is written once per
 * batch instead of once per document. Pure; no I/O. The Cypher that takes these rows is in
 * src/ingest/load-cypher.ts and cypher/ingest/merge-batch-nodes.cypher.
 */

/**
 * Splits `items` into batches of at most `size`, in order, starting a new batch early when an
 * item's key is already in the current one: a batch never holds two versions of one document, so
 * the later one replaces the earlier, as loading them one after the other would.
 */
export function* batchesOf<T>(
  items: Iterable<T>,
  size: number,
  keyOf: (item: T) => string,
): Generator<T[]> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`batch size must be ≥ 1, not ${size}`);
  let batch: T[] = [];
  let keys = new Set<string>();
  for (const item of items) {
    const key = keyOf(item);
    if (batch.length >= size || keys.has(key)) {
      yield batch;
      batch = [];
      keys = new Set();
    }
    batch.push(item);
    keys.add(key);
  }
  if (batch.length) yield batch;
}

/** One node as the documents of a batch name it. */
export interface BatchNodeRow {
  readonly id: string;
  /** The batch's documents that name it, in batch order (they join its `sources`). */
  readonly documentIds: string[];
  /** The kind each of them gives it (parallel to documentIds). */
  readonly kinds: string[];
  /**
   * The document whose properties it takes if it has no defining document yet: the document the
   * node is (a loaded document always defines its own node), else the first to name it.
   */
  readonly definer: { documentId: string; kind: string; properties: NodeRow['properties'] };
  /** True when the node is a document of this batch: it defines itself, whoever did before. */
  readonly selfDefined: boolean;
}

/** One shared fact (perFact type) as the documents of a batch assert it. */
export interface BatchFactRow {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** The scalar evidence of its first assertion in the batch, kept if the batch creates it. */
  readonly properties: Record<string, PropertyValue>;
  /** The batch's documents that assert it, in batch order. */
  readonly documentIds: string[];
  /** Their evidence entries, concatenated in batch order, with each entry's document. */
  readonly evidence: FactRow['evidence'] & { readonly sources: string[] };
}

/** A per-act relationship of a batch: its endpoints, and its properties with its id. */
export interface BatchRelationshipRow {
  readonly from: string;
  readonly to: string;
  readonly properties: RelationshipRow['properties'];
}

export interface BatchRows {
  readonly documentIds: string[];
  readonly nodes: BatchNodeRow[];
  /** Per-act relationships by type (each belongs to one document only: created, not merged). */
  readonly relationships: Map<RelationType, BatchRelationshipRow[]>;
  readonly facts: Map<RelationType, BatchFactRow[]>;
  /** What each document's load writes, recorded on its node for its later removal. */
  readonly anchors: Array<{ documentId: string; nodeIds: string[]; factIds: string[] }>;
}

/** Groups the rows of a batch of distinct documents (see batchesOf). */
export function batchRows(graphs: readonly GraphRows[]): BatchRows {
  const documentIds = graphs.map((g) => g.documentId);
  if (new Set(documentIds).size !== documentIds.length) {
    throw new Error(`a batch names a document twice: ${documentIds.join(', ')}`);
  }
  const batchDocuments = new Set(documentIds);
  const nodes = new Map<string, BatchNodeRow>();
  const relationships = new Map<RelationType, BatchRelationshipRow[]>();
  const facts = new Map<string, BatchFactRow & { type: RelationType }>();

  for (const graph of graphs) {
    const { documentId } = graph;
    for (const node of graph.nodes) {
      const own = { documentId, kind: node.kind, properties: node.properties };
      const row = nodes.get(node.id);
      if (!row) {
        nodes.set(node.id, {
          id: node.id,
          documentIds: [documentId],
          kinds: [node.kind],
          definer: own,
          selfDefined: batchDocuments.has(node.id),
        });
        continue;
      }
      row.documentIds.push(documentId);
      row.kinds.push(node.kind);
      // A document defines its own node even when another document of the batch cites it first.
      if (node.id === documentId) nodes.set(node.id, { ...row, definer: own });
    }
    for (const { type, id, from, to, properties } of graph.relationships) {
      const rows = relationships.get(type) ?? [];
      relationships.set(type, rows);
      // The id among the properties: one map written at once (SET r = map, then r.id, plans an
      // Eager that holds every row of the batch before writing any).
      rows.push({ from, to, properties: { ...properties, id } });
    }
    for (const fact of graph.facts) {
      const { evidence } = fact;
      const sources = evidence.ids.map(() => documentId);
      const row = facts.get(fact.id);
      if (!row) {
        facts.set(fact.id, {
          id: fact.id,
          type: fact.type,
          from: fact.from,
          to: fact.to,
          properties: fact.properties,
          documentIds: [documentId],
          evidence: {
            ids: [...evidence.ids],
            sources,
            clauseIds: [...evidence.clauseIds],
            quotes: [...evidence.quotes],
            prefixes: [...evidence.prefixes],
            suffixes: [...evidence.suffixes],
            starts: [...evidence.starts],
            ends: [...evidence.ends],
          },
        });
        continue;
      }
      row.documentIds.push(documentId);
      row.evidence.ids.push(...evidence.ids);
      row.evidence.sources.push(...sources);
      row.evidence.clauseIds.push(...evidence.clauseIds);
      row.evidence.quotes.push(...evidence.quotes);
      row.evidence.prefixes.push(...evidence.prefixes);
      row.evidence.suffixes.push(...evidence.suffixes);
      row.evidence.starts.push(...evidence.starts);
      row.evidence.ends.push(...evidence.ends);
    }
  }

  const factsByType = new Map<RelationType, BatchFactRow[]>();
  for (const { type, ...row } of facts.values()) {
    const rows = factsByType.get(type) ?? [];
    factsByType.set(type, rows);
    rows.push(row);
  }
  return {
    documentIds,
    nodes: [...nodes.values()],
    relationships,
    facts: factsByType,
    anchors: graphs.map((g) => ({
      documentId: g.documentId,
      nodeIds: g.nodes.map((n) => n.id),
      factIds: g.facts.map((f) => f.id),
    })),
  };
}
