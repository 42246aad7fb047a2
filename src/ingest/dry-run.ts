import type { Database } from '../db/database';
import { cypherFile } from '../db/cypher-files';
import type { GraphRows, PropertyValue } from './to-graph';

/**
 * What loading a document would change, computed by reading the database and comparing with the
 * rows the loader would write. Writes nothing. Mirrors merge-nodes.cypher: a node another
 * document defines is only joined, never changed.
 */

export interface ChangeCounts {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

export interface DryRunReport {
  readonly documentId: string;
  readonly nodes: Record<string, ChangeCounts>;
  readonly relationships: Record<string, ChangeCounts>;
  /** Nodes other documents already name that this one would join: id, kind, those documents. */
  readonly joins: Array<{ id: string; kind: string; documents: string[] }>;
}

interface StoredNode {
  id: string;
  kind: string;
  sources: string[] | null;
  definedBy: string | null;
  properties: Record<string, unknown>;
}

const counts = (): ChangeCounts => ({ added: 0, changed: 0, removed: 0, unchanged: 0 });

/** Loader bookkeeping that is not part of what an annotation says. */
const BOOKKEEPING = new Set(['id', 'kind', 'sources', 'definedBy']);

function differs(wanted: Record<string, PropertyValue>, stored: Record<string, unknown>): boolean {
  for (const [key, value] of Object.entries(wanted)) {
    if (BOOKKEEPING.has(key)) continue;
    const have = stored[key];
    if (JSON.stringify(value ?? null) !== JSON.stringify(have ?? null)) return true;
  }
  return false;
}

export async function dryRun(db: Database, graph: GraphRows): Promise<DryRunReport> {
  const { documentId } = graph;
  const [state] = await db.query(cypherFile('ingest/dry-run-state'), {
    documentId,
    ids: graph.nodes.map((n) => n.id),
    factIds: graph.facts.map((f) => f.id),
  });
  const stored = new Map(((state?.nodes ?? []) as StoredNode[]).map((n) => [n.id, n]));
  const nodes: Record<string, ChangeCounts> = {};
  const joins: DryRunReport['joins'] = [];
  for (const row of graph.nodes) {
    const c = (nodes[row.kind] ??= counts());
    const have = stored.get(row.id);
    if (!have) {
      c.added += 1;
      continue;
    }
    const others = (have.sources ?? []).filter((s) => s !== documentId);
    const definesIt = !have.definedBy || have.definedBy === documentId || row.id === documentId;
    if (others.length && !(have.sources ?? []).includes(documentId)) {
      joins.push({ id: row.id, kind: have.kind, documents: others });
    }
    if (definesIt && differs(row.properties, have.properties)) c.changed += 1;
    else c.unchanged += 1;
  }
  for (const orphan of (state?.orphans ?? []) as Array<{ id: string; kind: string }>) {
    (nodes[orphan.kind] ??= counts()).removed += 1;
  }
  const relationships: Record<string, ChangeCounts> = {};
  const storedRelationships = new Map(
    (
      (state?.relationships ?? []) as Array<{
        id: string;
        type: string;
        properties: Record<string, unknown>;
      }>
    ).map((r) => [r.id, r]),
  );
  const wanted = new Set<string>();
  for (const row of graph.relationships) {
    wanted.add(row.id);
    const c = (relationships[row.type] ??= counts());
    const have = storedRelationships.get(row.id);
    if (!have || have.type !== row.type) c.added += 1;
    else if (differs(row.properties, have.properties)) c.changed += 1;
    else c.unchanged += 1;
  }
  // Facts many documents state are one relationship each: a new one is added, one this document
  // already asserts is unchanged, one only others assert gains this document's evidence.
  const storedFacts = new Map(
    ((state?.facts ?? []) as Array<{ id: string; type: string; documentIds: string[] | null }>).map(
      (f) => [f.id, f],
    ),
  );
  for (const fact of graph.facts) {
    wanted.add(fact.id);
    const c = (relationships[fact.type] ??= counts());
    const have = storedFacts.get(fact.id);
    if (!have) c.added += 1;
    else if ((have.documentIds ?? []).includes(documentId)) c.unchanged += 1;
    else c.changed += 1;
  }
  for (const [id, have] of storedRelationships) {
    if (!wanted.has(id)) (relationships[have.type] ??= counts()).removed += 1;
  }
  return { documentId, nodes, relationships, joins };
}

export function formatDryRun(report: DryRunReport): string {
  const table = (title: string, rows: Record<string, ChangeCounts>) => {
    const lines = Object.entries(rows)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([name, c]) =>
          `    ${name.padEnd(24)} +${c.added} added, ~${c.changed} changed, -${c.removed} removed, ${c.unchanged} unchanged`,
      );
    return [`  ${title}:`, ...lines];
  };
  const total = (rows: Record<string, ChangeCounts>) =>
    Object.values(rows).reduce((s, c) => s + c.added + c.changed + c.removed, 0);
  return [
    `Dry run for ${report.documentId}: nothing written. ${total(report.nodes)} node and ${total(report.relationships)} relationship changes.`,
    ...table('nodes by kind', report.nodes),
    ...table('relationships by type', report.relationships),
    `  shared entities it would join (${report.joins.length}):` +
      (report.joins.length
        ? `\n${report.joins.map((j) => `    ${j.id} (${j.kind}) named by ${j.documents.join(', ')}`).join('\n')}`
        : ' none'),
  ].join('\n');
}
