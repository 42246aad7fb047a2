import {
  CLAUSE_REFERENCES,
  DOCUMENT_ASSERTS,
  ORGANIZATION_SECTORS,
  neighborhood,
} from './floor-cypher';

/**
 * The benchmark's operations, each asked of the three servers in their own language: the
 * project's API (A, GraphQL), the floor (B, one hand-written Cypher behind plain node:http) and
 * the Neo4j GraphQL Library (C, GraphQL over hand-written type definitions). Each side's answer
 * is reduced to the same canonical lines, so that the harness can prove the three agree before
 * it times anything.
 */

export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Operation {
  readonly id: string;
  readonly title: string;
  readonly api: string;
  readonly library: string;
  readonly floor: { readonly cypher: string; readonly params: Record<string, unknown> };
  readonly canonical: {
    readonly api: (data: Json) => string[];
    readonly library: (data: Json) => string[];
    readonly floor: (row: Json) => string[];
  };
}

const STATEMENT = 'jp-kz-2006';
const CLAUSE = `${STATEMENT}#preamble__para_2`;
const CENTRE = 'osce';
/** The API's default nested `first`, asked explicitly so that all three cut lists alike. */
const NESTED = 25;
const ORGANIZATIONS = 20;
const NEIGHBOURS = 200;
/**
 * S4 asks for the clauses as a root connection: `document { sections { clauses … } }` costs each
 * unpaged list at 25 items and goes over the API's complexity limit (50,000) with every relation.
 * 65 is the most relations one clause of the statement asserts.
 */
const CLAUSES = 100;
const ASSERTS = 65;

const sorted = (lines: string[]) => [...lines].sort();
const line = (...parts: unknown[]) => parts.map((p) => String(p ?? '')).join(' | ');

const s1: Operation = {
  id: 'S1',
  title: 'clause → referenced agreements',
  api: `{ clause(id: "${CLAUSE}") { references { to { id ... on Document { signedOn { value } } } evidence { quote } } } }`,
  library: `{ clauses(where: { id: { eq: "${CLAUSE}" } }) { referencesConnection { edges { properties { quote } node { id signedOn { value } } } } } }`,
  floor: { cypher: CLAUSE_REFERENCES, params: { clauseId: CLAUSE } },
  canonical: {
    api: (d) =>
      sorted(
        d.clause.references.map((r: Json) => line(r.to.id, r.to.signedOn?.value, r.evidence.quote)),
      ),
    library: (d) =>
      sorted(
        d.clauses[0].referencesConnection.edges.map((e: Json) =>
          line(e.node.id, e.node.signedOn[0]?.value, e.properties.quote),
        ),
      ),
    floor: (row) => sorted(row.references.map((r: Json) => line(r.id, r.signedOn, r.quote))),
  },
};

const organizationLines = (
  organizations: Json[],
  sectorsOf: (o: Json) => Json[],
  sector: (r: Json) => { id: string; quote: string; organizations: string[] },
) =>
  sorted(
    organizations.flatMap((o) =>
      sectorsOf(o).map((r) => {
        const s = sector(r);
        return line(o.id, s.id, s.quote, sorted(s.organizations).join(','));
      }),
    ),
  );

const s2: Operation = {
  id: 'S2',
  title: `organizations (first ${ORGANIZATIONS}) → sectors → organizations`,
  api: `{ organizations(first: ${ORGANIZATIONS}) { edges { node { id sectors(first: ${NESTED}) { to { id ... on Sector { organizations(first: ${NESTED}) { from { id } } } } evidence { quote } } } } } }`,
  library: `{ organizations(limit: ${ORGANIZATIONS}, sort: [{ nameEn: ASC }, { id: ASC }]) { id activeInConnection(first: ${NESTED}) { edges { properties { quote } node { id organizations(limit: ${NESTED}) { id } } } } } }`,
  floor: { cypher: ORGANIZATION_SECTORS, params: { first: ORGANIZATIONS, nested: NESTED } },
  canonical: {
    api: (d) =>
      organizationLines(
        d.organizations.edges.map((e: Json) => e.node),
        (o) => o.sectors,
        (r) => ({
          id: r.to.id,
          quote: r.evidence.quote,
          organizations: r.to.organizations.map((x: Json) => x.from.id),
        }),
      ),
    library: (d) =>
      organizationLines(
        d.organizations,
        (o) => o.activeInConnection.edges,
        (e) => ({
          id: e.node.id,
          quote: e.properties.quote,
          organizations: e.node.organizations.map((x: Json) => x.id),
        }),
      ),
    floor: (row) =>
      organizationLines(
        row.organizations,
        (o) => o.sectors,
        (s) => s,
      ),
  },
};

const subgraphLines = (g: Json) =>
  [
    ...sorted(g.nodes.map((n: Json) => `node ${n.id}`)),
    ...sorted(g.edges.map((e: Json) => `edge ${line(e.source, e.type, e.target)}`)),
    `truncated ${g.truncated}`,
  ] as string[];

const s3: Operation = {
  id: 'S3',
  title: `${CENTRE} neighbourhood, depth 2 (≤ ${NEIGHBOURS} nodes)`,
  api: `{ neighborhood(id: "${CENTRE}", depth: 2, limit: ${NEIGHBOURS}) { nodes { id kind } edges { source type target } truncated } }`,
  library: `{ neighborhood(id: "${CENTRE}", limit: ${NEIGHBOURS}) { nodes { id kind } edges { source type target } truncated } }`,
  floor: { cypher: neighborhood(2), params: { id: CENTRE, limit: NEIGHBOURS } },
  canonical: {
    api: (d) => subgraphLines(d.neighborhood),
    library: (d) => subgraphLines(d.neighborhood),
    floor: (row) => subgraphLines(row.subgraph),
  },
};

const assertLines = (clauses: Json[], asserts: (c: Json) => Json[]) =>
  clauses.flatMap((c) =>
    asserts(c).map((a: Json) => line(c.eId, a.type, a.from, a.to, a.quote)),
  ) as string[];

const s4: Operation = {
  id: 'S4',
  title: 'whole document: clauses → asserted relations → endpoints',
  api: `{ clauses(filter: { documentId: "${STATEMENT}" }, first: ${CLAUSES}) { edges { node { eId asserts(first: ${ASSERTS}) { type from { id } to { id } evidence { quote } } } } } }`,
  library: `{ clauses(where: { documentId: { eq: "${STATEMENT}" } }, sort: [{ order: ASC }], limit: ${CLAUSES}) { eId asserts(first: ${ASSERTS}) { type from to quote } } }`,
  floor: {
    cypher: DOCUMENT_ASSERTS,
    params: { documentId: STATEMENT, clauses: CLAUSES, first: ASSERTS },
  },
  canonical: {
    api: (d) =>
      assertLines(
        d.clauses.edges.map((e: Json) => e.node),
        (c) =>
          c.asserts.map((a: Json) => ({
            type: a.type,
            from: a.from.id,
            to: a.to.id,
            quote: a.evidence?.quote,
          })),
      ),
    library: (d) => assertLines(d.clauses, (c) => c.asserts),
    floor: (row) => assertLines(row.clauses, (c) => c.asserts),
  },
};

export const OPERATIONS: readonly Operation[] = [s1, s2, s3, s4];
