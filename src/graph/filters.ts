import {
  DOCUMENT_TYPES,
  ORGANIZATION_TYPES,
  RELATION_TYPES,
  type RelationType,
} from '../vocabulary';
import { InvalidArgumentError } from './errors';
import type { Condition, ListRequest } from './nodes.repository';
import { label, relType } from './projection/cypher-builder';

/**
 * The filters of the root lists, as list requests: WHERE conditions over `n` with every value a
 * parameter, the sort order, and the ids a filter names (an unknown one is NOT_FOUND). The
 * GraphQL resolvers only pass their arguments here.
 */
type NodeListRequest = Pick<
  ListRequest,
  'kind' | 'conditions' | 'paths' | 'orderBy' | 'referencedIds'
>;

export interface ClauseFilter {
  readonly documentId?: string | null;
  readonly section?: string | null;
  readonly relationType?: RelationType | null;
  readonly mentions?: string | null;
  readonly text?: string | null;
}

const SECTION_EID = /^(preface|preamble|conclusions|sec_[1-9][0-9]*)$/;

export function clauseList(filter: ClauseFilter): NodeListRequest {
  const conditions: Condition[] = [];
  const { documentId, section, relationType, mentions, text } = filter;
  if (documentId) conditions.push((n, p) => `${n}.documentId = ${p.builder.param(documentId)}`);
  if (section) {
    if (!SECTION_EID.test(section)) {
      throw new InvalidArgumentError(
        'filter.section',
        `"${section}" is not a section eId (preface, preamble, sec_1 …, conclusions)`,
      );
    }
    conditions.push(
      (n, p) => `${n}.sectionId = ${n}.documentId + '#' + ${p.builder.param(section)}`,
    );
  }
  if (relationType) {
    // A typed pattern on the indexed clauseId (generated from the vocabulary in src/ingest/graph-schema.ts).
    const perFact = (RELATION_TYPES[relationType] as { perFact?: boolean }).perFact === true;
    conditions.push(
      (n) =>
        `EXISTS { MATCH ()-[r:${relType(relationType)}]->() WHERE r.clauseId = ${n}.id${perFact ? ` OR r.id IN ${n}.factIds` : ''} }`,
    );
  }
  const paths: Condition[] = [];
  if (mentions) {
    paths.push(
      (n, p) => `(${n})-[:${relType('MENTIONS')}]->(:Entity {id: ${p.builder.param(mentions)}})`,
    );
  }
  if (text) {
    conditions.push((n, p) => {
      const value = p.builder.param(text);
      return `(${n}.text CONTAINS ${value} OR toLower(${n}.textEn) CONTAINS toLower(${value}))`;
    });
  }
  return {
    kind: 'Clause',
    conditions,
    paths,
    orderBy: [
      { property: 'documentId', type: 'string' },
      { property: 'order', type: 'number' },
    ],
    referencedIds: [
      ...(documentId ? [{ argument: 'filter.documentId', id: documentId }] : []),
      ...(mentions ? [{ argument: 'filter.mentions', id: mentions }] : []),
    ],
  };
}

export interface OrganizationFilter {
  readonly ids?: readonly string[] | null;
  readonly organizationType?: string | null;
  readonly sector?: string | null;
  readonly includeNarrowerSectors?: boolean | null;
  readonly name?: string | null;
}

export function organizationList(filter: OrganizationFilter): NodeListRequest {
  const conditions: Condition[] = [];
  const { ids, organizationType, sector, name } = filter;
  if (ids) conditions.push((n, p) => `${n}.id IN ${p.builder.param(ids)}`);
  if (organizationType) {
    if (!(ORGANIZATION_TYPES as readonly string[]).includes(organizationType)) {
      throw new InvalidArgumentError(
        'filter.organizationType',
        `must be one of ${ORGANIZATION_TYPES.join(', ')}`,
      );
    }
    conditions.push((n, p) => `${n}.organizationType = ${p.builder.param(organizationType)}`);
  }
  if (sector) {
    // SKOS broader: an organization active in uranium is active in energy (uranium → energy
    // resources → energy); zero BROADER steps is the sector itself.
    const steps = (filter.includeNarrowerSectors ?? true) ? '*0..' : '*0..0';
    conditions.push(
      (n, p) =>
        `EXISTS { MATCH (${n})-[:${relType('ACTIVE_IN')}]->(:${label('Sector')})-[:${relType('BROADER')}${steps}]->(:Entity {id: ${p.builder.param(sector)}}) }`,
    );
  }
  if (name) {
    conditions.push((n, p) => {
      const value = p.builder.param(name);
      return `(${n}.nameJa CONTAINS ${value} OR toLower(${n}.nameEn) CONTAINS toLower(${value}) OR any(a IN ${n}.aliases WHERE toLower(a) CONTAINS toLower(${value})))`;
    });
  }
  return {
    kind: 'Organization',
    conditions,
    orderBy: [{ property: 'nameEn', type: 'string' }],
    referencedIds: sector ? [{ argument: 'filter.sector', id: sector }] : [],
  };
}

export function documentList(
  documentType?: string | null,
  loaded?: boolean | null,
): NodeListRequest {
  if (documentType && !(DOCUMENT_TYPES as readonly string[]).includes(documentType)) {
    throw new InvalidArgumentError('documentType', `must be one of ${DOCUMENT_TYPES.join(', ')}`);
  }
  const conditions: Condition[] = [];
  if (documentType)
    conditions.push((n, p) => `${n}.documentType = ${p.builder.param(documentType)}`);
  if (loaded === true) conditions.push((n) => `${n}.text IS NOT NULL`);
  if (loaded === false) conditions.push((n) => `${n}.text IS NULL`);
  return { kind: 'Document', conditions, orderBy: [] };
}
