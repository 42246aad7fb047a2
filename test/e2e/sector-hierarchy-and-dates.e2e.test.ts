import { useSeededApi } from '../support/server';

/**
 * Over HTTP: sector filters follow the SKOS hierarchy (who is active in energy finds JOGMEC,
 * active in oil and uranium), and every document the statement cites answers one date.
 */
describe('sector hierarchy and document dates', () => {
  const suite = useSeededApi();

  it('finds JOGMEC among those active in energy through narrower sectors, and not with includeNarrowerSectors: false', async () => {
    const { data, errors } = await suite.api.graphql<{
      narrower: { edges: Array<{ node: { id: string } }> };
      exact: { totalCount: number };
    }>(`{
      narrower: organizations(filter: { sector: "energy" }) { edges { node { id } } }
      exact: organizations(filter: { sector: "energy", includeNarrowerSectors: false }) { totalCount }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.narrower.edges.map((e) => e.node.id).sort()).toEqual([
      'japanese-private-companies',
      'jbic',
      'jogmec',
      'nexi',
    ]);
    expect(data!.exact.totalCount).toBe(0);
  });

  it('walks the organization–sector graph from energy down its BROADER links', async () => {
    const { data } = await suite.api.graphql<{
      organizationSectorGraph: {
        nodes: Array<{ id: string }>;
        edges: Array<{ type: string; source: string; target: string }>;
      };
    }>(
      `{ organizationSectorGraph(sectorIds: ["energy"], depth: 1) { nodes { id } edges { type source target } } }`,
    );
    const graph = data!.organizationSectorGraph;
    expect(graph.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['energy', 'uranium', 'jogmec']),
    );
    expect(graph.edges).toContainEqual({
      type: 'BROADER',
      source: 'uranium',
      target: 'energy-resources',
    });
    expect(graph.edges).toContainEqual({ type: 'ACTIVE_IN', source: 'jogmec', target: 'uranium' });
    const exact = await suite.api.graphql<{
      organizationSectorGraph: { nodes: Array<{ id: string }> };
    }>(
      `{ organizationSectorGraph(sectorIds: ["energy"], depth: 1, includeNarrowerSectors: false) { nodes { id } } }`,
    );
    expect(exact.data!.organizationSectorGraph.nodes.map((n) => n.id)).toEqual(['energy']);
  });

  it('answers one date for every document, with where it comes from', async () => {
    const { data } = await suite.api.graphql<{
      documents: {
        edges: Array<{
          node: { id: string; date: { value: string; precision: string; basis: string } | null };
        }>;
      };
    }>(`{ documents(first: 50) { edges { node { id date { value precision basis } } } } }`);
    const dates = Object.fromEntries(data!.documents.edges.map((e) => [e.node.id, e.node.date]));
    expect(Object.values(dates).every((d) => d !== null)).toBe(true);
    expect(dates['js-1994-04-07']).toEqual({
      value: '1994-04-07',
      precision: 'day',
      basis: 'signed',
    });
    expect(dates['unsc-resolution-1695']).toEqual({
      value: '2006-07-15',
      precision: 'day',
      basis: 'adopted',
    });
    // 「2006年6月に東京で開催された…第2回外相会合において「行動計画」が採択された」
    expect(dates['action-plan']).toEqual({
      value: '2006-06',
      precision: 'month',
      basis: 'adopting_event',
    });
    expect(dates['technical-cooperation-agreement']).toEqual({
      value: '2005-07',
      precision: 'month',
      basis: 'entered_into_force',
    });
    // The text does not say when the memorandum was signed: no later than the statement citing it.
    expect(dates['nuclear-memorandum']).toEqual({
      value: '2006-08-28',
      precision: 'day',
      basis: 'cited_by',
    });
  });
});
