import { useSeededApi } from '../support/server';

/**
 * The three uses of the API, as their users run them. Expected facts are the statement's own
 * words (preamble, paragraph 2; section 2, paragraph 2).
 */
describe('the three uses of the API', () => {
  const suite = useSeededApi();

  it('1. tells which agreements the preamble’s second paragraph references, with their dates and the words', async () => {
    const { data, errors } = await suite.api.graphql<{
      clause: {
        references: Array<{
          to: { id: string; documentType: string; signedOn: { value: string; precision: string } };
          evidence: { quote: string; clauseId: string };
        }>;
      };
    }>(`{
      clause(id: "jp-kz-2006#preamble__para_2") {
        references { to { id ... on Document { documentType signedOn { value precision } } } evidence { clauseId quote } }
      }
    }`);
    expect(errors).toBeUndefined();
    const references = data!.clause.references;
    expect(references.map((r) => r.to.signedOn.value).sort()).toEqual([
      '1994-04-07',
      '1999-12-06',
      '2002-12-06',
      '2004-08-27',
    ]);
    for (const reference of references) {
      expect(reference.to.documentType).toBe('joint_statement');
      expect(reference.to.signedOn.precision).toBe('day');
      expect(reference.evidence.clauseId).toBe('jp-kz-2006#preamble__para_2');
      expect(reference.evidence.quote).toContain('共同声明');
    }
  });

  it('1. tells what each party welcomed, supported and condemned, finding joint acts (双方) under either party', async () => {
    const acts = `relations(direction: OUT, types: [WELCOMES, SUPPORTS, CONDEMNS], first: 100) { type jointly to { id } evidence { quote } }`;
    const { data } = await suite.api.graphql<
      Record<
        'japan' | 'kazakhstan',
        {
          relations: Array<{
            type: string;
            jointly: boolean;
            to: { id: string };
            evidence: { quote: string };
          }>;
        }
      >
    >(
      `{ japan: entity(id: "japan") { ${acts} } kazakhstan: entity(id: "kazakhstan") { ${acts} } }`,
    );
    const condemned = (party: 'japan' | 'kazakhstan') =>
      data![party].relations.filter((r) => r.type === 'CONDEMNS');
    for (const party of ['japan', 'kazakhstan'] as const) {
      expect(condemned(party)).toHaveLength(1);
      expect(condemned(party)[0]!.jointly).toBe(true);
      expect(condemned(party)[0]!.evidence.quote).toContain('北朝鮮による弾道ミサイルの発射を非難');
    }
    // Japan alone welcomes Kazakhstan's initiative to chair the OSCE; Kazakhstan does not welcome its own.
    const welcomedByJapanOnly = data!.japan.relations
      .filter((r) => r.type === 'WELCOMES' && !r.jointly)
      .map((r) => r.to.id);
    expect(welcomedByJapanOnly.length).toBeGreaterThan(0);
    const welcomedByKazakhstan = new Set(
      data!.kazakhstan.relations.filter((r) => r.type === 'WELCOMES').map((r) => r.to.id),
    );
    expect(
      welcomedByJapanOnly.some((id) => welcomedByKazakhstan.has(id) && id.includes('osce')),
    ).toBe(false);
    expect(
      data!.kazakhstan.relations.some(
        (r) => r.type === 'SUPPORTS' && r.evidence.quote.includes('常任理事国'),
      ),
    ).toBe(true);
  });

  it('2. walks from JOGMEC to its sectors and to the organizations that share them', async () => {
    const { data, errors } = await suite.api.graphql<{
      organizations: {
        edges: Array<{
          node: {
            id: string;
            sectors: Array<{
              to: { id: string; organizations: Array<{ from: { id: string } }> };
              evidence: { quote: string };
            }>;
          };
        }>;
      };
    }>(`{
      organizations(filter: { ids: ["jogmec"] }) {
        edges { node { id sectors { to { id ... on Sector { organizations { from { id } } } } evidence { quote } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const jogmec = data!.organizations.edges[0]!.node;
    const sectors = jogmec.sectors.map((s) => s.to.id);
    expect(sectors).toEqual(expect.arrayContaining(['oil', 'uranium']));
    for (const sector of jogmec.sectors) {
      expect(sector.evidence.quote).toContain('石油天然ガス・金属鉱物資源機構(JOGMEC)');
      const sharing = sector.to.organizations.map((o) => o.from.id);
      expect(sharing).toEqual(expect.arrayContaining(['jogmec', 'jbic', 'nexi']));
    }
  });

  it('2. hands another application the organization–sector graph to walk, every edge with its words', async () => {
    const { data, errors } = await suite.api.graphql<{
      organizationSectorGraph: {
        nodes: Array<{ id: string; kind: string }>;
        edges: Array<{
          id: string;
          source: string;
          target: string;
          type: string;
          evidence: { quote: string };
        }>;
        truncated: boolean;
      };
    }>(
      '{ organizationSectorGraph(organizationIds: ["jogmec"], depth: 2) { truncated nodes { id kind } edges { id source target type evidence { quote } } } }',
    );
    expect(errors).toBeUndefined();
    const graph = data!.organizationSectorGraph;
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect([...ids]).toEqual(expect.arrayContaining(['jogmec', 'oil', 'uranium', 'jbic', 'nexi']));
    expect(graph.truncated).toBe(false);
    for (const edge of graph.edges) {
      expect(edge.type).toBe('ACTIVE_IN');
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.evidence.quote.length).toBeGreaterThan(0);
    }
    const edgeIds = graph.edges.map((edge) => edge.id);
    expect(edgeIds).toEqual([...edgeIds].sort());
    const shallow = await suite.api.graphql<{
      organizationSectorGraph: { nodes: Array<{ id: string }> };
    }>('{ organizationSectorGraph(organizationIds: ["jogmec"], depth: 1) { nodes { id } } }');
    expect(shallow.data!.organizationSectorGraph.nodes.map((n) => n.id).sort()).toEqual([
      'jogmec',
      'oil',
      'other-natural-resources',
      'uranium',
    ]);
  });

  it('2. says NOT_FOUND when a start is no organization', async () => {
    const { errors } = await suite.api.graphql(
      '{ organizationSectorGraph(organizationIds: ["uranium"]) { nodes { id } } }',
    );
    expect(errors?.[0]?.extensions).toStrictEqual({
      code: 'NOT_FOUND',
      argument: 'organizationIds',
      id: 'uranium',
    });
  });

  it('3. draws OSCE’s neighbourhood as a Subgraph whose every edge ends among its nodes', async () => {
    const { data, errors } = await suite.api.graphql<{
      neighborhood: {
        nodes: Array<{ id: string; kind: string; label: string }>;
        edges: Array<{ id: string; source: string; target: string; type: string }>;
        truncated: boolean;
      };
    }>(
      '{ neighborhood(id: "osce", depth: 1) { nodes { id kind label name { ja en } properties } edges { id type source target label evidence { clauseId quote } } truncated } }',
    );
    expect(errors).toBeUndefined();
    const { nodes, edges } = data!.neighborhood;
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids.has('osce') && ids.has('japan')).toBe(true);
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(edges).toContainEqual(
      expect.objectContaining({ type: 'PARTNER_OF', source: 'japan', target: 'osce' }),
    );
  });
});
