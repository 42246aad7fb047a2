import { BASE_LABEL, OFFICIAL_TYPES, type RelationType } from '../vocabulary';
import { cypherFile } from '../db/cypher-files';
import { relType } from './projection/cypher-builder';

/**
 * The query behind `statements`: the candidate speech-act edges, generated here, then
 * cypher/statements/find-statements.cypher, which filters them and pages the acts by their keys,
 * then the parties to each act of the page (generated here) and
 * cypher/statements/statement-rows.cypher, which reads each act of the page whole. Only the
 * page's acts are read whole: a speaker that a thousand statements quote has tens of thousands.
 *
 * The candidates start from the most selective filter given, so that the query costs what its
 * answer costs, not what the corpus costs: a document's acts are index seeks on each type's
 * `source`; an actor's acts are expanded from the actor (and, with includeOfficials, from those who
 * speak for it); a target's from the target and what it is about. Only with none of these does the
 * query read every act of the given types (the answer's totalCount counts them all). Types come
 * from the vocabulary (labels in patterns), never from a client's string; values are $params. The
 * candidates are a superset of the answer: find-statements.cypher applies every filter itself.
 */
export interface StatementStart {
  readonly types: readonly RelationType[];
  readonly documentId: string | null;
  readonly actorId: string | null;
  readonly targetId: string | null;
}

/** Relations (either way) that make a node part of what a target is about. */
export const ABOUT_TYPES: readonly RelationType[] = [
  'INVOLVES',
  'BASED_ON',
  'PARTY_TO',
  'CONCERNS',
];

export function statementsQuery(start: StatementStart): string {
  return [
    speakers(start),
    `CALL (speakers) {\n${candidates(start)}\n}`,
    cypherFile('statements/find-statements'),
    `OPTIONAL CALL (row, target) {\n${parties(start.types)}\n}`,
    cypherFile('statements/statement-rows'),
  ].join('\n');
}

/**
 * `speakers`: the actor, and with $includeOfficials whoever speaks for it (a person who holds
 * office in it, its government, that government's ministries: at most three typed steps). Empty
 * without an actor filter.
 *
 * With a document filter too, only the document's own agents can be speakers of its acts, so each
 * of them is tested for a path to the actor, instead of collecting everyone the corpus names as
 * speaking for it: at 1,100 synthetic statements, Japan's 1,203 officials were 19 k of such a
 * query's 23.7 k db hits, for a document with a dozen agents.
 */
function speakers({ actorId, documentId, types }: StatementStart): string {
  if (actorId === null) return 'WITH [] AS speakers';
  const officials = OFFICIAL_TYPES.map(relType).join('|');
  const forActor =
    documentId === null || types.length === 0
      ? [`    MATCH (speaker:${BASE_LABEL})-[:${officials}*1..3]->(actor) WHERE $includeOfficials`]
      : [
          '    WITH actor WHERE $includeOfficials',
          `    CALL () {\n${documentSeeks(types, 'agent', '      ')}\n    }`,
          '    WITH DISTINCT actor, agent AS speaker',
          `    WHERE EXISTS { MATCH (speaker)-[:${officials}*1..3]->(actor) }`,
        ];
  return [
    'CALL () {',
    `  OPTIONAL MATCH (actor:${BASE_LABEL} {id: $actorId})`,
    '  CALL (actor) {',
    '    RETURN actor AS speaker',
    '    UNION',
    ...forActor,
    '    RETURN speaker',
    '  }',
    '  RETURN collect(speaker) AS speakers',
    '}',
  ].join('\n');
}

/**
 * The document's speech-act edges of these types, `returning` what the caller asks: one seek per
 * type on its `source` index (an index serves one relationship type).
 */
function documentSeeks(types: readonly RelationType[], returning: string, indent = '  '): string {
  return types
    .map(
      (type) =>
        `${indent}MATCH (agent:${BASE_LABEL})-[act:${relType(type)}]->(target:${BASE_LABEL}) ` +
        `WHERE act.source = $documentId RETURN ${returning}`,
    )
    .join(`\n${indent}UNION ALL\n`);
}

/**
 * `RETURN agent, act, target` rows: every speech-act edge the filters could keep (`speakers` in
 * scope). With an actor filter, at least the edge of each act whose agent is one of the speakers.
 */
export function candidates({ types, documentId, actorId, targetId }: StatementStart): string {
  // A category and types that do not overlap ask for no act: no candidates, but the query still
  // runs, to report the filter's unknown ids as it would otherwise.
  if (types.length === 0)
    return '  WITH null AS agent, null AS act, null AS target WHERE false\n  RETURN agent, act, target';
  const acts = types.map(relType).join('|');
  const entity = BASE_LABEL;
  if (documentId !== null) return documentSeeks(types, 'agent, act, target');
  if (actorId !== null) {
    // The speakers' own edges: the other parties to a joint act join it for the page only
    // (parties), not for every act of a speaker that a thousand statements may quote.
    return [
      '  UNWIND speakers AS speaker',
      `  MATCH (speaker)-[act:${acts}]->(target:${entity})`,
      '  RETURN speaker AS agent, act, target',
    ].join('\n');
  }
  if (targetId !== null) {
    const about = ABOUT_TYPES.map(relType).join('|');
    return [
      `  MATCH (named:${entity} {id: $targetId})`,
      `  CALL (named) {`,
      `    RETURN named AS target`,
      `    UNION`,
      `    MATCH (named)-[:${about}]-(target:${entity}) RETURN target`,
      `  }`,
      `  MATCH (agent:${entity})-[act:${acts}]->(target)`,
      `  RETURN agent, act, target`,
    ].join('\n');
  }
  return `  MATCH (agent:${entity})-[act:${acts}]->(target:${entity}) RETURN agent, act, target`;
}

/**
 * `RETURN agent, act` for one act of the page (`row` and its `target` in scope): every party to
 * it, a joint act being one edge per party with the same actId, all in one clause. Sought on the
 * act's type's clauseId index (hinted: the planner would rather expand from the target, which a
 * thousand statements may share: 1.2 M edges for Japan's acts at 1,100 statements).
 */
export function parties(types: readonly RelationType[]): string {
  if (types.length === 0)
    return '  WITH null AS agent, null AS act WHERE false\n  RETURN agent, act';
  return types
    .map(
      (type) =>
        // The WITH … WHERE first: a branch seeks only for an act of its own type.
        `  WITH row, target WHERE row.type = '${type}' ` +
        `MATCH (agent:${BASE_LABEL})-[act:${relType(type)}]->(target) ` +
        `USING INDEX act:${relType(type)}(clauseId) ` +
        'WHERE act.clauseId = row.clauseId AND act.actId = row.actId RETURN agent, act',
    )
    .join('\n  UNION ALL\n');
}
