import type { Database } from '../db/database';
import {
  RELATION_TYPES,
  cameoName,
  type DatePrecision,
  type NodeKind,
  type RelationInfo,
  type RelationType,
  type StatementCategory,
} from '../vocabulary';
import { ABOUT_TYPES, statementsQuery } from './statements-cypher';

/**
 * "Who said what": the statement's speech acts with their speaker, what they are about (a
 * proposition with its participants, dates and places one level down), their premise and the
 * words that say it. One query (src/graph/statements-cypher.ts, then
 * cypher/statements/find-statements.cypher), plain objects out.
 */

export interface StatementsQuery {
  /** Speech-act types to include (the caller resolves category and types); empty when they do not overlap. */
  readonly types: readonly RelationType[];
  readonly actorId: string | null;
  /** Count acts of the actor's leader, government and ministries as the actor's. */
  readonly includeOfficials: boolean;
  readonly targetId: string | null;
  readonly documentId: string | null;
  readonly jointly: boolean | null;
  readonly offset: number;
  /** Rows to fetch: one more than the page, to know whether more follow. */
  readonly limit: number;
  /** The ids the filter names, with the argument that named them, to report unknown ones. */
  readonly referenced: ReadonlyArray<{ argument: string; id: string }>;
}

export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

export interface StatementParty {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: Bilingual;
  /** An INVOLVES role (agent, object, beneficiary, partner) or the relation to a place. */
  readonly role: string | null;
}

export interface StatementDate {
  readonly id: string;
  readonly value: string;
  readonly precision: DatePrecision;
  /** How the target is dated: HELD_ON, SIGNED_ON, INVOLVES (role time) … */
  readonly relation: RelationType;
  readonly role: string | null;
}

export interface StatementData {
  readonly id: string;
  readonly type: RelationType;
  readonly category: StatementCategory;
  readonly label: Bilingual;
  readonly cameo: { readonly code: string; readonly name: string };
  readonly jointly: boolean;
  readonly qualifiers: Record<string, unknown>;
  readonly actors: StatementParty[];
  readonly target: StatementParty & {
    readonly participants: StatementParty[];
    readonly dates: StatementDate[];
    readonly places: StatementParty[];
  };
  readonly basis: StatementParty[];
  /** One line: who, which act, about what (ja and en). */
  readonly sentence: Bilingual;
  readonly evidence: {
    readonly documentId: string;
    readonly clauseId: string;
    readonly quote: string;
    readonly prefix: string;
    readonly suffix: string;
    readonly start: number;
    readonly end: number;
  };
}

export interface StatementsResult {
  readonly missing: ReadonlyArray<{ argument: string; id: string }>;
  readonly totalCount: number;
  readonly statements: StatementData[];
}

/** Where a target happens: relations to a place (INVOLVES with role place is added in Cypher). */
const PLACE_TYPES: readonly RelationType[] = ['HELD_IN', 'LOCATED_IN', 'SIGNED_AT'];

export async function findStatements(
  db: Database,
  query: StatementsQuery,
): Promise<StatementsResult> {
  const [row] = await db.query(statementsQuery(query), {
    actorId: query.actorId,
    includeOfficials: query.includeOfficials,
    targetId: query.targetId,
    documentId: query.documentId,
    jointly: query.jointly,
    placeTypes: PLACE_TYPES,
    basedOnType: 'BASED_ON' satisfies RelationType,
    aboutTypes: ABOUT_TYPES,
    offset: query.offset,
    limit: query.limit,
    referenced: query.referenced,
  });
  return {
    missing: (row?.missing ?? []) as StatementsResult['missing'],
    totalCount: Number(row?.totalCount ?? 0),
    statements: ((row?.statements ?? []) as RawStatement[]).map(toStatement),
  };
}

interface RawNode {
  id: string;
  kind: NodeKind;
  nameJa: string;
  nameEn: string;
  role?: string | null;
  relation?: string | null;
}

interface RawStatement {
  actId: string;
  type: RelationType;
  cameo: string | null;
  jointly: boolean;
  qualifiers: Array<[string, unknown]>;
  actors: RawNode[];
  target: RawNode & {
    participants: RawNode[];
    dates: Array<{
      id: string;
      value: string;
      precision: DatePrecision;
      relation: RelationType;
      role: string | null;
    }>;
    places: RawNode[];
  };
  basis: RawNode[];
  evidence: StatementData['evidence'];
}

function party(node: RawNode): StatementParty {
  return {
    id: node.id,
    kind: node.kind,
    name: { ja: node.nameJa, en: node.nameEn },
    role: node.role ?? node.relation ?? null,
  };
}

function toStatement(raw: RawStatement): StatementData {
  const info = RELATION_TYPES[raw.type] as RelationInfo;
  const code = raw.cameo ?? info.cameo?.code ?? '';
  // A joint act's parties in a stable order (the edges carry none).
  const actors = raw.actors.map(party).sort((a, b) => a.id.localeCompare(b.id));
  const basis = raw.basis
    .map(party)
    .filter((b, i, all) => all.findIndex((o) => o.id === b.id) === i);
  const target = party(raw.target);
  return {
    id: raw.actId,
    type: raw.type,
    category: info.statementCategory!,
    label: info.label,
    cameo: { code, name: cameoName(code) ?? '' },
    jointly: raw.jointly,
    qualifiers: Object.fromEntries(raw.qualifiers),
    actors,
    target: {
      ...target,
      participants: raw.target.participants.map(party),
      dates: raw.target.dates,
      places: raw.target.places.map(party),
    },
    basis,
    sentence: sentence(actors, info.label, target.name),
    evidence: raw.evidence,
  };
}

/** 「日本国とカザフスタン共和国（歓迎する）：…」 / "Japan and Republic of Kazakhstan welcome: …". */
export function sentence(actors: readonly StatementParty[], label: Bilingual, about: Bilingual) {
  const en = actors.map((a) => a.name.en);
  const namesEn = en.length > 1 ? `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]}` : en[0];
  const verb = actors.length > 1 ? plural(label.en) : label.en;
  return {
    ja: `${actors.map((a) => a.name.ja).join('と')}（${label.ja}）：${about.ja}`,
    en: `${namesEn} ${verb}: ${about.en}`,
  };
}

/** The plural of an English verb phrase's first word: welcomes → welcome, is ready → are ready. */
function plural(phrase: string): string {
  const [verb = '', ...rest] = phrase.split(' ');
  const base =
    verb === 'is'
      ? 'are'
      : /(ss|sh|ch|x)es$/.test(verb)
        ? verb.slice(0, -2)
        : verb.endsWith('s')
          ? verb.slice(0, -1)
          : verb;
  return [base, ...rest].join(' ');
}
