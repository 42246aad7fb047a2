import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/database';
import {
  findGraph,
  findNeighborhood,
  findShortestPath,
  type GraphQuery,
  type NeighborhoodQuery,
  type SubgraphData,
} from '../../src/graph/subgraph.repository';
import { neighborhoodCypher } from '../../src/graph/neighborhood-cypher';
import type { NodeKind, RelationType } from '../../src/vocabulary';
import { openTestDatabase } from '../support/database';

/**
 * A small graph of its own (ids under a per-run prefix), shaped as the loader writes it:
 *
 *   doc ← sec_1 ← sec_1__para_1 ─MENTIONS→ alpha ─MEMBER_OF→ org ←MEMBER_OF─ beta ←HOLDS_OFFICE_IN─ w
 *                                            │                 │               ↑        (other document)
 *                                            └─WELCOMES→ prop ─┼──INVOLVES─────┘
 *                                                              └─ACTIVE_IN→ energy ←ACTIVE_IN─ prog ─LOCATED_IN→ city
 *   zeta (no relationships)
 *
 * Distances from alpha: 1 para_1, org, prop · 2 sec_1, beta, energy · 3 doc, prog, w · 4 city.
 */
const run = `sg-test-${randomUUID()}`;
const id = (name: string) => `${run}-${name}`;
const documentId = id('doc');
const otherDocumentId = id('other-doc');
const section = `${documentId}#sec_1`;
const clause = `${documentId}#sec_1__para_1`;

interface TestNode {
  id: string;
  kind: NodeKind;
  nameJa: string;
  nameEn: string;
  [property: string]: unknown;
}
const node = (name: string, kind: NodeKind, nameEn: string, nameJa: string, extra = {}) => ({
  id: id(name),
  kind,
  nameEn,
  nameJa,
  aliases: [],
  sources: [documentId],
  ...extra,
});
const NODES: TestNode[] = [
  { ...node('doc', 'Document', 'The statement', '声明'), id: documentId, contentHash: 'abc' },
  { ...node('', 'Section', 'Section 1', '第1節'), id: section, order: 0 },
  { ...node('', 'Clause', 'Section 1, paragraph 1', '第1節 第1段落'), id: clause, order: 0 },
  node('alpha', 'State', 'Alpha & <Sons>', 'アルファ国', { iso3166: 'AL' }),
  node('beta', 'State', 'Beta', 'ベータ国', { iso3166: 'BE' }),
  node('zeta', 'State', 'Zeta', 'ゼータ国', { iso3166: 'ZE' }),
  node('org', 'Organization', 'Org', '機構', { organizationType: 'regional_forum' }),
  node('energy', 'Sector', 'Energy', 'エネルギー'),
  node('prog', 'Programme', 'Prog', '計画'),
  node('city', 'Place', '', '都市'),
  node('prop', 'Proposition', 'Alpha’s proposal', 'アルファの提案'),
  { ...node('w', 'Person', 'W', 'W氏'), sources: [otherDocumentId] },
];

interface TestRelationship {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}
const evidenced = (
  name: string,
  type: RelationType,
  from: string,
  to: string,
  extra: Record<string, unknown> = {},
): TestRelationship => ({
  id: id(name),
  type,
  from,
  to,
  properties: { source: documentId, clauseId: clause, quote: `quote of ${name}`, ...extra },
});
const RELATIONSHIPS: TestRelationship[] = [
  {
    id: `${clause}/part_of`,
    type: 'PART_OF',
    from: clause,
    to: section,
    properties: { source: documentId },
  },
  {
    id: `${section}/part_of`,
    type: 'PART_OF',
    from: section,
    to: documentId,
    properties: { source: documentId },
  },
  evidenced('r-mentions-alpha', 'MENTIONS', clause, id('alpha')),
  evidenced('r-alpha-member', 'MEMBER_OF', id('alpha'), id('org')),
  evidenced('r-beta-member', 'MEMBER_OF', id('beta'), id('org')),
  evidenced('r-org-energy', 'ACTIVE_IN', id('org'), id('energy')),
  evidenced('r-prog-energy', 'ACTIVE_IN', id('prog'), id('energy')),
  evidenced('r-prog-city', 'LOCATED_IN', id('prog'), id('city')),
  evidenced('r-welcomes', 'WELCOMES', id('alpha'), id('prop'), {
    quote: '「アルファ」は "歓迎" する & <確認>',
    cameo: '051',
    start: 3,
    end: 9,
  }),
  evidenced('r-involves-beta', 'INVOLVES', id('prop'), id('beta'), { q_role: 'beneficiary' }),
  {
    ...evidenced('r-w-office', 'HOLDS_OFFICE_IN', id('w'), id('beta')),
    properties: { source: otherDocumentId, clauseId: 'elsewhere', quote: 'W of Beta' },
  },
];

const ids = (subgraph: SubgraphData | null) => subgraph?.nodes.map((n) => n.id).sort() ?? [];
const edgeIds = (subgraph: SubgraphData | null) => subgraph?.edges.map((e) => e.id).sort() ?? [];
const named = (...names: string[]) =>
  names
    .map((name) => (name === 'clause' ? clause : name === 'section' ? section : id(name)))
    .sort();

function expectNoDanglingEdges(subgraph: SubgraphData | null): void {
  const nodeIds = new Set(ids(subgraph));
  for (const edge of subgraph?.edges ?? []) {
    expect(nodeIds).toContain(edge.source);
    expect(nodeIds).toContain(edge.target);
  }
}

describe('subgraphs for graph viewers, against a real Neo4j', () => {
  let db: Database;
  const neighborhood = (centre: string, options: Partial<NeighborhoodQuery> = {}) =>
    findNeighborhood(db, {
      id: id(centre),
      depth: 1,
      types: null,
      kinds: null,
      limit: 200,
      ...options,
    });
  const graph = (options: Partial<GraphQuery> = {}) =>
    findGraph(db, {
      documentId,
      types: null,
      kinds: null,
      includeStructure: true,
      limit: 2000,
      ...options,
    });

  beforeAll(async () => {
    db = await openTestDatabase();
    await db.write(async (tx) => {
      await db.run(tx, 'UNWIND $nodes AS row CREATE (n:Entity) SET n = row, n:$(row.kind)', {
        nodes: NODES,
      });
      await db.run(
        tx,
        `UNWIND $relationships AS row
         MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
         CREATE (a)-[r:$(row.type)]->(b) SET r = row.properties, r.id = row.id`,
        { relationships: RELATIONSHIPS },
      );
    });
  });
  afterAll(async () => {
    await db.write((tx) =>
      db.run(tx, 'MATCH (n:Entity) WHERE n.id STARTS WITH $run DETACH DELETE n', { run }),
    );
    await db.close();
  });

  describe('neighborhood', () => {
    it('holds the centre and its direct neighbours, with the edges among them', async () => {
      const subgraph = await neighborhood('alpha');
      expect(ids(subgraph)).toStrictEqual(named('alpha', 'clause', 'org', 'prop'));
      expect(subgraph?.nodes[0]?.id).toBe(id('alpha'));
      expect(edgeIds(subgraph)).toStrictEqual(
        named('r-alpha-member', 'r-mentions-alpha', 'r-welcomes'),
      );
      expect(subgraph?.truncated).toBe(false);
    });

    it('reaches further with depth, in either direction, and never past it', async () => {
      expect(ids(await neighborhood('alpha', { depth: 2 }))).toStrictEqual(
        named('alpha', 'clause', 'org', 'prop', 'section', 'beta', 'energy'),
      );
      const three = await neighborhood('alpha', { depth: 3 });
      expect(ids(three)).toStrictEqual(
        named('alpha', 'clause', 'org', 'prop', 'section', 'beta', 'energy', 'doc', 'prog', 'w'),
      );
      expectNoDanglingEdges(three);
    });

    it('includes every edge among the nodes kept, also between two nodes at the rim', async () => {
      const subgraph = await neighborhood('alpha', { depth: 2 });
      expect(edgeIds(subgraph)).toContain(id('r-involves-beta'));
      expect(edgeIds(subgraph)).toContain(id('r-beta-member'));
    });

    it('follows only the given relationship types', async () => {
      const subgraph = await neighborhood('alpha', { depth: 3, types: ['MEMBER_OF'] });
      expect(ids(subgraph)).toStrictEqual(named('alpha', 'org', 'beta'));
      expect(subgraph?.edges.map((e) => e.type)).toStrictEqual(['MEMBER_OF', 'MEMBER_OF']);
    });

    it('walks only through the given kinds, and keeps the centre whatever its kind', async () => {
      const subgraph = await neighborhood('alpha', { depth: 3, kinds: ['Organization', 'Sector'] });
      expect(ids(subgraph)).toStrictEqual(named('alpha', 'org', 'energy'));
      expect(edgeIds(subgraph)).toStrictEqual(named('r-alpha-member', 'r-org-energy'));
    });

    it('keeps the nearest nodes when the limit cuts, and says so', async () => {
      const subgraph = await neighborhood('alpha', { depth: 3, limit: 4 });
      expect(ids(subgraph)).toStrictEqual(named('alpha', 'clause', 'org', 'prop'));
      expect(subgraph?.truncated).toBe(true);
      expectNoDanglingEdges(subgraph);
      expect((await neighborhood('alpha', { depth: 1, limit: 4 }))?.truncated).toBe(false);
    });

    it('cuts edges in the order of its nodes, the centre’s first, and answers them by id', async () => {
      // The query itself, with an edge limit of one: the cut keeps the centre's own edge
      // (org → energy), not the smallest id (alpha → org).
      const [row] = await db.query(neighborhoodCypher(1, null, null, 'outline'), {
        id: id('org'),
        limit: 10,
        edgeLimit: 1,
      });
      expect(row).toMatchObject({ truncated: true, edgeIds: [id('r-org-energy')] });
      // The repository's answer, every edge kept: in id order.
      const subgraph = await neighborhood('alpha', { depth: 2 });
      const inOrder = subgraph?.edges.map((e) => e.id);
      expect(inOrder).toStrictEqual([...(inOrder ?? [])].sort());
      expect(inOrder?.length).toBeGreaterThan(3);
    });

    it('is the centre alone for a node without relationships', async () => {
      const subgraph = await neighborhood('zeta', { depth: 3 });
      expect(ids(subgraph)).toStrictEqual(named('zeta'));
      expect(subgraph?.edges).toStrictEqual([]);
    });

    it('is null for an unknown id', async () => {
      expect(await neighborhood('no-such-node')).toBeNull();
    });
  });

  describe('nodes and edges as viewers get them', () => {
    it('gives a node its kind, names, label and other properties, without bookkeeping', async () => {
      const subgraph = await neighborhood('alpha');
      expect(subgraph?.nodes[0]).toStrictEqual({
        id: id('alpha'),
        kind: 'State',
        label: 'Alpha & <Sons>',
        name: { ja: 'アルファ国', en: 'Alpha & <Sons>' },
        properties: { aliases: [], iso3166: 'AL' },
      });
    });

    it('labels a node without an English name by its Japanese one', async () => {
      const city = (await neighborhood('city'))?.nodes[0];
      expect(city?.label).toBe('都市');
    });

    it('gives an edge its vocabulary label, document, evidence and other properties', async () => {
      const subgraph = await neighborhood('alpha');
      expect(subgraph?.edges.find((e) => e.type === 'WELCOMES')).toStrictEqual({
        id: id('r-welcomes'),
        type: 'WELCOMES',
        source: id('alpha'),
        target: id('prop'),
        label: 'welcomes',
        documentId,
        evidence: { clauseId: clause, quote: '「アルファ」は "歓迎" する & <確認>' },
        properties: { cameo: '051', start: 3, end: 9 },
      });
    });

    it('gives PART_OF no evidence', async () => {
      const subgraph = await findNeighborhood(db, {
        id: section,
        depth: 1,
        types: ['PART_OF'],
        kinds: null,
        limit: 10,
      });
      expect(subgraph?.edges).toHaveLength(2);
      for (const edge of subgraph?.edges ?? []) {
        expect(edge).toMatchObject({ type: 'PART_OF', label: 'part of', evidence: null });
      }
    });
  });

  describe('path', () => {
    const path = (from: string, to: string, maxLength = 4, types: RelationType[] | null = null) =>
      findShortestPath(db, { from: id(from), to: id(to), maxLength, types });

    it('is a shortest path in order, whatever the directions of its relationships', async () => {
      const subgraph = await path('alpha', 'city');
      expect(subgraph?.nodes.map((n) => n.id)).toStrictEqual(
        ['alpha', 'org', 'energy', 'prog', 'city'].map(id),
      );
      expect(subgraph?.edges.map((e) => [e.source, e.target])).toStrictEqual([
        [id('alpha'), id('org')],
        [id('org'), id('energy')],
        [id('prog'), id('energy')],
        [id('prog'), id('city')],
      ]);
      expect(subgraph?.truncated).toBe(false);
    });

    it('is the two ends without edges when no path is short enough', async () => {
      const subgraph = await path('alpha', 'city', 3);
      expect(subgraph?.nodes.map((n) => n.id)).toStrictEqual([id('alpha'), id('city')]);
      expect(subgraph?.edges).toStrictEqual([]);
    });

    it('is the two ends without edges when the nodes are not connected', async () => {
      expect((await path('alpha', 'zeta', 6))?.edges).toStrictEqual([]);
    });

    it('follows only the given relationship types', async () => {
      expect((await path('alpha', 'beta', 6, ['MEMBER_OF']))?.edges.map((e) => e.id)).toStrictEqual(
        [id('r-alpha-member'), id('r-beta-member')],
      );
      expect((await path('alpha', 'beta', 6, ['WELCOMES']))?.edges).toStrictEqual([]);
      expect((await path('alpha', 'beta', 6, []))?.edges).toStrictEqual([]);
      expect((await path('alpha', 'alpha', 6, []))?.nodes.map((n) => n.id)).toStrictEqual([
        id('alpha'),
      ]);
    });

    it('is found at exactly the length asked for, and not one step short of it', async () => {
      expect((await path('alpha', 'city', 4))?.edges).toHaveLength(4);
      expect((await path('alpha', 'beta', 2))?.edges).toHaveLength(2);
      expect((await path('alpha', 'beta', 1))?.edges).toStrictEqual([]);
    });

    it('is one node from a node to itself', async () => {
      const subgraph = await path('alpha', 'alpha');
      expect(subgraph?.nodes.map((n) => n.id)).toStrictEqual([id('alpha')]);
      expect(subgraph?.edges).toStrictEqual([]);
    });

    it('is null when either end is unknown', async () => {
      expect(await path('alpha', 'no-such-node')).toBeNull();
      expect(await path('no-such-node', 'alpha')).toBeNull();
    });
  });

  describe('graph', () => {
    it('holds the nodes and relationships one document contributed', async () => {
      const subgraph = await graph();
      expect(ids(subgraph)).toStrictEqual(
        NODES.filter((n) => n.sources === undefined || (n.sources as string[]).includes(documentId))
          .map((n) => n.id)
          .sort(),
      );
      expect(edgeIds(subgraph)).toStrictEqual(
        RELATIONSHIPS.filter((r) => r.properties.source === documentId)
          .map((r) => r.id)
          .sort(),
      );
      expect(subgraph?.truncated).toBe(false);
    });

    it('leaves out sections, clauses, PART_OF and MENTIONS without structure', async () => {
      const subgraph = await graph({ includeStructure: false });
      expect(ids(subgraph)).not.toContain(clause);
      expect(ids(subgraph)).not.toContain(section);
      expect(ids(subgraph)).toContain(documentId);
      expect(subgraph?.edges.map((e) => e.type)).not.toContain('PART_OF');
      expect(subgraph?.edges.map((e) => e.type)).not.toContain('MENTIONS');
      expectNoDanglingEdges(subgraph);
    });

    it('filters by kind and by type, never leaving an edge without its ends', async () => {
      const states = await graph({ kinds: ['State'] });
      expect(ids(states)).toStrictEqual(named('alpha', 'beta', 'zeta'));
      expect(states?.edges).toStrictEqual([]);
      const memberships = await graph({ types: ['MEMBER_OF'] });
      expect(edgeIds(memberships)).toStrictEqual(named('r-alpha-member', 'r-beta-member'));
    });

    it('keeps the most connected nodes when the limit cuts, and says so', async () => {
      const subgraph = await graph({ limit: 3 });
      const inOrder = subgraph?.edges.map((e) => e.id);
      expect(inOrder).toStrictEqual([...(inOrder ?? [])].sort());
      expect(ids(subgraph)).toStrictEqual(named('alpha', 'beta', 'org'));
      expect(edgeIds(subgraph)).toStrictEqual(named('r-alpha-member', 'r-beta-member'));
      expect(subgraph?.truncated).toBe(true);
    });

    it('is the whole graph without a document, edges of every document included', async () => {
      const subgraph = await findGraph(db, {
        documentId: null,
        types: null,
        kinds: null,
        includeStructure: true,
        limit: 5000,
      });
      expect(ids(subgraph)).toEqual(expect.arrayContaining(NODES.map((n) => n.id)));
      expect(edgeIds(subgraph)).toEqual(expect.arrayContaining(RELATIONSHIPS.map((r) => r.id)));
      expectNoDanglingEdges(subgraph);
    });

    it('is null for a document that does not exist', async () => {
      expect(await graph({ documentId: id('no-such-document') })).toBeNull();
    });
  });

  describe('round trips', () => {
    it('answers each question with one query', async () => {
      for (const ask of [
        () => neighborhood('alpha', { depth: 3 }),
        () =>
          findShortestPath(db, { from: id('alpha'), to: id('city'), maxLength: 6, types: null }),
        () => graph(),
      ]) {
        const before = db.queryCount;
        await ask();
        expect(db.queryCount - before).toBe(1);
      }
    });
  });
});
