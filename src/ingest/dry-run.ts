import type { Database } from '../db/database';
import { cypherFile } from '../db/cypher-files';
import type { FactRow, GraphRows, PropertyValue } from './to-graph';

/**
 * What loading a document would change, computed by reading the database and comparing with the
 * rows the loader would write. Writes nothing. Mirrors merge-batch-nodes.cypher: a node another
 * document defines is only joined, never changed.
 *
 * A relationship whose only difference is its evidence is not "changed": a shared fact that
 * gains or loses this document's evidence entries, and an act or fact whose quote, clause or
 * offsets moved, are counted apart (evidenceAdded, evidenceRemoved, evidenceMoved), because a
 * reviewer reads "the same fact, now also stated here" differently from "a different fact".
 */

export interface ChangeCounts {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** Facts that exist and only gain this document's evidence entries. */
  evidenceAdded: number;
  /** Facts that stay (another document or entry still states them) but lose entries of this one. */
  evidenceRemoved: number;
  /** Relationships whose quote, clause or offsets move and nothing else. */
  evidenceMoved: number;
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

const counts = (): ChangeCounts => ({
  added: 0,
  changed: 0,
  removed: 0,
  unchanged: 0,
  evidenceAdded: 0,
  evidenceRemoved: 0,
  evidenceMoved: 0,
});

/** The properties a relationship's evidence is made of (the scalar copy of its first entry). */
const EVIDENCE = new Set(['clauseId', 'quote', 'prefix', 'suffix', 'start', 'end']);
/** A fact's evidence lists: what entries it has is compared entry by entry, not as a property. */
const EVIDENCE_LISTS = new Set([
  'documentIds',
  'documentCount',
  'evidenceIds',
  'evidenceSources',
  'evidenceClauseIds',
  'evidenceQuotes',
  'evidencePrefixes',
  'evidenceSuffixes',
  'evidenceStarts',
  'evidenceEnds',
]);

/** Loader bookkeeping that is not part of what an annotation says. */
const BOOKKEEPING = new Set(['id', 'kind', 'sources', 'definedBy']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function differs(
  wanted: Record<string, PropertyValue>,
  stored: Record<string, unknown>,
  skip: ReadonlySet<string> = new Set(),
): boolean {
  for (const [key, value] of Object.entries(wanted)) {
    if (BOOKKEEPING.has(key) || skip.has(key)) continue;
    if (!same(value, stored[key])) return true;
  }
  return false;
}

interface StoredRelationship {
  id: string;
  type: string;
  properties: Record<string, unknown>;
}

/** One evidence entry as the comparison sees it, by the annotation relation that asserts it. */
type Entry = string;

/** This document's evidence entries of a stored fact, by entry id. */
function storedEntries(p: Record<string, unknown>, documentId: string): Map<string, Entry> {
  const list = (key: string) => (p[key] as unknown[] | null | undefined) ?? [];
  const entries = new Map<string, Entry>();
  list('evidenceIds').forEach((id, i) => {
    if (list('evidenceSources')[i] !== documentId) return;
    entries.set(
      String(id),
      JSON.stringify([
        list('evidenceClauseIds')[i],
        list('evidenceQuotes')[i],
        Number(list('evidenceStarts')[i]),
        Number(list('evidenceEnds')[i]),
      ]),
    );
  });
  return entries;
}

function wantedEntries(fact: FactRow): Map<string, Entry> {
  const e = fact.evidence;
  return new Map(
    e.ids.map((id, i) => [
      id,
      JSON.stringify([e.clauseIds[i], e.quotes[i], Number(e.starts[i]), Number(e.ends[i])]),
    ]),
  );
}

/** How this document's entries on one fact would change: counted once per kind of change. */
function compareEntries(have: Map<string, Entry>, want: Map<string, Entry>, c: ChangeCounts) {
  const added = [...want.keys()].some((id) => !have.has(id));
  const removed = [...have.keys()].some((id) => !want.has(id));
  const moved = [...want].some(([id, entry]) => have.has(id) && have.get(id) !== entry);
  if (added) c.evidenceAdded += 1;
  if (removed) c.evidenceRemoved += 1;
  if (moved) c.evidenceMoved += 1;
  if (!added && !removed && !moved) c.unchanged += 1;
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
    ((state?.relationships ?? []) as StoredRelationship[]).map((r) => [r.id, r]),
  );
  const wanted = new Set<string>();
  for (const row of graph.relationships) {
    wanted.add(row.id);
    const c = (relationships[row.type] ??= counts());
    const have = storedRelationships.get(row.id);
    if (!have || have.type !== row.type) c.added += 1;
    else if (differs(row.properties, have.properties, EVIDENCE)) c.changed += 1;
    else if (differs(row.properties, have.properties)) c.evidenceMoved += 1;
    else c.unchanged += 1;
  }
  // A fact many documents state is one relationship: a new one is added; one that exists gains,
  // loses or moves this document's evidence entries; only what it says besides (its qualifiers)
  // makes it changed.
  const storedFacts = new Map(
    ((state?.facts ?? []) as Array<{ id: string; type: string; documentIds: string[] | null }>).map(
      (f) => [f.id, f],
    ),
  );
  for (const fact of graph.facts) {
    wanted.add(fact.id);
    const c = (relationships[fact.type] ??= counts());
    const have = storedFacts.get(fact.id);
    if (!have) {
      c.added += 1;
      continue;
    }
    const mine = storedRelationships.get(fact.id);
    if (!(have.documentIds ?? []).includes(documentId) || !mine) {
      c.evidenceAdded += 1;
      continue;
    }
    // Its scalar evidence, actId and source are those of its first entry, which may be another's.
    const skip = new Set([...EVIDENCE, ...EVIDENCE_LISTS, 'source', 'actId']);
    if (differs(fact.properties, mine.properties, skip)) c.changed += 1;
    else compareEntries(storedEntries(mine.properties, documentId), wantedEntries(fact), c);
  }
  for (const [id, have] of storedRelationships) {
    if (wanted.has(id)) continue;
    const c = (relationships[have.type] ??= counts());
    const others = ((have.properties.documentIds as string[] | null) ?? []).filter(
      (d) => d !== documentId,
    );
    // A fact another document still states stays, without this document's entries.
    if (others.length > 0) c.evidenceRemoved += 1;
    else c.removed += 1;
  }
  return { documentId, nodes, relationships, joins };
}

/** The evidence part of a line, only where there is one: "; evidence added on 3 facts". */
function evidence(c: ChangeCounts): string {
  const parts = [
    c.evidenceAdded ? `added on ${c.evidenceAdded} facts` : '',
    c.evidenceRemoved ? `removed on ${c.evidenceRemoved} facts` : '',
    c.evidenceMoved ? `moved on ${c.evidenceMoved}` : '',
  ].filter(Boolean);
  return parts.length ? `; evidence ${parts.join(', ')}` : '';
}

export function formatDryRun(report: DryRunReport): string {
  const table = (title: string, rows: Record<string, ChangeCounts>) => {
    const lines = Object.entries(rows)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([name, c]) =>
          `    ${name.padEnd(24)} +${c.added} added, ~${c.changed} changed, -${c.removed} removed, ${c.unchanged} unchanged${evidence(c)}`,
      );
    return [`  ${title}:`, ...lines];
  };
  const total = (rows: Record<string, ChangeCounts>) =>
    Object.values(rows).reduce((s, c) => s + c.added + c.changed + c.removed, 0);
  const sum = (key: 'evidenceAdded' | 'evidenceRemoved' | 'evidenceMoved') =>
    Object.values(report.relationships).reduce((s, c) => s + c[key], 0);
  return [
    `Dry run for ${report.documentId}: nothing written. ${total(report.nodes)} node and ${total(report.relationships)} relationship changes; evidence added on ${sum('evidenceAdded')} facts, removed on ${sum('evidenceRemoved')} facts, moved on ${sum('evidenceMoved')} relationships.`,
    ...table('nodes by kind', report.nodes),
    ...table('relationships by type', report.relationships),
    `  shared entities it would join (${report.joins.length}):` +
      (report.joins.length
        ? `\n${report.joins.map((j) => `    ${j.id} (${j.kind}) named by ${j.documents.join(', ')}`).join('\n')}`
        : ' none'),
  ].join('\n');
}
