import type { FieldNode, GraphQLCompositeType } from 'graphql';
import type { Database } from '../db/database';
import type { NodeKind } from '../vocabulary';
import { relType } from './projection/cypher-builder';
import { runPagedQuery } from './paged-query';
import { value, record, type Projection } from './projection/positional';
import { Projector } from './projection/project';
import type { Operation } from './projection/selection';

export interface TimelineSelection {
  readonly operation: Operation;
  /** Selections of TimelineEntry's fields, each with its GraphQL type. */
  readonly date?: { type: GraphQLCompositeType; fieldNodes: readonly FieldNode[] };
  readonly subject?: { type: GraphQLCompositeType; fieldNodes: readonly FieldNode[] };
  readonly relation?: { type: GraphQLCompositeType; fieldNodes: readonly FieldNode[] };
}

export interface TimelineRequest {
  /** First and last day of the window (ISO days), either open. */
  readonly from: string | null;
  readonly to: string | null;
  readonly kinds?: readonly NodeKind[] | null;
  readonly after?: string | null;
  readonly limit: number;
  readonly withTotalCount: boolean;
}

/**
 * Dated facts (an event held on, a document signed on or in force from a date) whose date
 * interval meets the window. A month or year date covers all its days: 2005-11 is in a window
 * that ends on 2005-11-15, and sorts before 2005-11-28 but after 2005 (same first day, longer).
 */
export async function timeline(
  db: Database,
  selection: TimelineSelection,
  request: TimelineRequest,
) {
  const projector = new Projector(selection.operation);
  const b = projector.builder;
  const window =
    `MATCH (s:Entity)-[r]->(d:CalendarDate) WHERE NOT r:${relType('MENTIONS')} AND NOT s:Clause` +
    (request.kinds?.length ? ` AND s.kind IN ${b.param(request.kinds)}` : '') +
    ` WITH s, r, d, CASE d.precision WHEN 'year' THEN date(d.value + '-01-01') WHEN 'month' THEN date(d.value + '-01') ELSE date(d.value) END AS earliest` +
    ` WITH s, r, d, earliest, CASE d.precision WHEN 'year' THEN earliest + duration('P1Y') - duration('P1D')` +
    ` WHEN 'month' THEN earliest + duration('P1M') - duration('P1D') ELSE earliest END AS latest` +
    ` WHERE (${b.param(request.from)} IS NULL OR latest >= date(${b.param(request.from)}))` +
    ` AND (${b.param(request.to)} IS NULL OR earliest <= date(${b.param(request.to)}))`;
  const entry: Array<[string, Projection]> = [];
  if (selection.date) {
    entry.push(['date', projector.node('d', selection.date.type, selection.date.fieldNodes)]);
  }
  if (selection.subject) {
    entry.push([
      'subject',
      projector.node('s', selection.subject.type, selection.subject.fieldNodes),
    ]);
  }
  if (selection.relation) {
    entry.push([
      'relation',
      projector.relation('s', 'r', 'd', selection.relation.type, selection.relation.fieldNodes),
    ]);
  }
  entry.push(['earliest', value('toString(earliest)')], ['latest', value('toString(latest)')]);
  return runPagedQuery<Record<string, unknown>>(db, b, {
    list: 'timeline',
    match: window,
    carry: 's, r, d, earliest, latest',
    sort: [
      { expression: 'toString(earliest)', type: 'string' },
      { expression: 'toString(latest)', descending: true, type: 'string' },
      { expression: 'r.id', type: 'string' },
    ],
    item: record(entry),
    after: request.after,
    limit: request.limit,
    withTotalCount: request.withTotalCount,
  });
}
