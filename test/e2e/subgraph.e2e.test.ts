import { useSeededApi } from '../support/server';

/** The Subgraph contract over HTTP, against the shipped statement (jp-kz-2006). */
const DOCUMENT = 'jp-kz-2006';

const SUBGRAPH = `
  nodes { id kind label name { ja en } properties }
  edges { id type source target label evidence { clauseId quote } documentId properties }
  truncated
`;

interface Subgraph {
  nodes: Array<{ id: string; kind: string; label: string; name: { ja: string; en: string } }>;
  edges: Array<{
    id: string;
    type: string;
    source: string;
    target: string;
    label: string;
    evidence: { clauseId: string; quote: string } | null;
  }>;
  truncated: boolean;
}

function expectEveryEdgeBetweenItsNodes(subgraph: Subgraph): void {
  const ids = new Set(subgraph.nodes.map((n) => n.id));
  expect(ids.size).toBe(subgraph.nodes.length);
  const dangling = subgraph.edges.filter((e) => !ids.has(e.source) || !ids.has(e.target));
  expect(dangling).toStrictEqual([]);
}

const touches = (subgraph: Subgraph, id: string) =>
  subgraph.edges.filter((e) => e.source === id || e.target === id);

describe('subgraphs for graph viewers over HTTP', () => {
  const suite = useSeededApi();
  const neighborhood = async (args: string) =>
    suite.api.graphql<{ neighborhood: Subgraph | null }>(
      `{ neighborhood(${args}) { ${SUBGRAPH} } }`,
    );
  const path = async (args: string) =>
    suite.api.graphql<{ path: Subgraph | null }>(`{ path(${args}) { ${SUBGRAPH} } }`);
  const graph = async (args: string) =>
    suite.api.graphql<{ graph: Subgraph }>(`{ graph(${args}) { ${SUBGRAPH} } }`);
  const count = async (cypher: string) =>
    (await suite.db.query(cypher, { documentId: DOCUMENT }))[0]?.count as number;

  describe('neighborhood', () => {
    it('is the OSCE and its neighbours, Japan (an Asian partner) among them', async () => {
      const { data, errors } = await neighborhood('id: "osce"');
      expect(errors).toBeUndefined();
      const subgraph = data?.neighborhood as Subgraph;
      expect(subgraph.nodes[0]).toMatchObject({
        id: 'osce',
        kind: 'Organization',
        label: 'Organization for Security and Co-operation in Europe',
        name: { ja: '欧州安全保障協力機構' },
      });
      expect(subgraph.nodes.map((n) => n.id)).toContain('japan');
      expect(touches(subgraph, 'japan')).toContainEqual(
        expect.objectContaining({
          type: 'PARTNER_OF',
          source: 'japan',
          target: 'osce',
          label: 'partner of',
          evidence: expect.objectContaining({ clauseId: `${DOCUMENT}#sec_6__para_5` }),
        }),
      );
      expectEveryEdgeBetweenItsNodes(subgraph);
    });

    it('reaches Kazakhstan, and edges of both parties, two steps from the OSCE', async () => {
      const subgraph = (await neighborhood('id: "osce", depth: 2')).data?.neighborhood as Subgraph;
      expect(subgraph.nodes.map((n) => n.id)).toEqual(
        expect.arrayContaining(['osce', 'japan', 'kazakhstan']),
      );
      expect(touches(subgraph, 'japan').length).toBeGreaterThan(0);
      expect(touches(subgraph, 'kazakhstan').length).toBeGreaterThan(0);
      expectEveryEdgeBetweenItsNodes(subgraph);
    });

    it('follows only the given types through the given kinds', async () => {
      const subgraph = (
        await neighborhood('id: "osce", depth: 3, types: [PARTNER_OF, MEMBER_OF], kinds: [State]')
      ).data?.neighborhood as Subgraph;
      expect(subgraph.nodes.slice(1).every((n) => n.kind === 'State')).toBe(true);
      expect(new Set(subgraph.edges.map((e) => e.type))).toStrictEqual(new Set(['PARTNER_OF']));
    });

    it('is the centre alone when the types or the kinds given are an empty list', async () => {
      for (const args of ['types: []', 'kinds: []', 'types: [SUPPORTS, ACTIVE_IN], kinds: []']) {
        const answer = await neighborhood(`id: "osce", depth: 2, ${args}`);
        expect(answer.errors).toBeUndefined();
        const subgraph = answer.data?.neighborhood as Subgraph;
        expect(subgraph.nodes.map((n) => n.id)).toStrictEqual(['osce']);
        expect(subgraph.edges).toStrictEqual([]);
      }
    });

    it('says when the limit cut it', async () => {
      const subgraph = (await neighborhood('id: "japan", limit: 5')).data?.neighborhood as Subgraph;
      expect(subgraph.nodes).toHaveLength(5);
      expect(subgraph.truncated).toBe(true);
      expectEveryEdgeBetweenItsNodes(subgraph);
      const whole = (await neighborhood('id: "jogmec"')).data?.neighborhood as Subgraph;
      expect(whole.truncated).toBe(false);
    });

    it('answers an outline (no names, no evidence) exactly as it answers a drawing', async () => {
      const outline = `nodes { id kind degree } edges { id type source target
        label typeLabel { ja } category } truncated legend { kinds { kind count } types { type count } }`;
      const ask = (fields: string) =>
        suite.api.graphql<{ neighborhood: Subgraph }>(
          `{ neighborhood(id: "osce", depth: 2) { ${fields} } }`,
        );
      const lean = await ask(outline);
      const named = await ask(
        `${outline} nodes { shortLabel { en } } edges { evidence { quote } }`,
      );
      expect(lean.errors).toBeUndefined();
      expect(named.errors).toBeUndefined();
      type Item = Record<string, unknown>;
      const drop = (items: Item[], key: string) =>
        items.map(({ [key]: _omitted, ...rest }) => rest);
      const { nodes, edges, ...rest } = named.data!.neighborhood as unknown as {
        nodes: Item[];
        edges: Item[];
      };
      expect(lean.data!.neighborhood).toStrictEqual({
        nodes: drop(nodes, 'shortLabel'),
        edges: drop(edges, 'evidence'),
        ...rest,
      });
      expect(nodes.length).toBeGreaterThan(1);
      expect(edges.some((e) => e.evidence !== null)).toBe(true);
    });

    it('answers a drawing without properties exactly as it answers one with them', async () => {
      const drawing = `nodes { id kind label name { ja en } shortLabel { en } degree }
        edges { id type source target label evidence { clauseId quote } documentId } truncated`;
      const lean = await suite.api.graphql<{ neighborhood: Subgraph }>(
        `{ neighborhood(id: "osce", depth: 2) { ${drawing} } }`,
      );
      const full = await suite.api.graphql<{ neighborhood: Subgraph }>(
        `{ neighborhood(id: "osce", depth: 2) { ${drawing} nodes { properties } edges { properties } } }`,
      );
      expect(lean.errors).toBeUndefined();
      type WithProperties = { properties?: Record<string, unknown> };
      const { nodes, edges } = full.data!.neighborhood as unknown as {
        nodes: WithProperties[];
        edges: WithProperties[];
      };
      const withoutProperties = <T extends { properties?: unknown }>(items: T[]) =>
        items.map(({ properties: _omitted, ...rest }) => rest);
      expect(lean.data!.neighborhood).toStrictEqual({
        nodes: withoutProperties(nodes),
        edges: withoutProperties(edges),
        truncated: full.data!.neighborhood.truncated,
      });
      // The properties asked for are the stored ones, offsets included, but not a shared fact's
      // per-document lists, which grow with every document that states it: its documentCount
      // says how many there are, and Relation.evidences pages through them.
      expect(edges.some((e) => typeof e.properties?.start === 'number')).toBe(true);
      expect(edges.some((e) => typeof e.properties?.documentCount === 'number')).toBe(true);
      for (const list of ['evidenceQuotes', 'evidenceIds', 'documentIds']) {
        expect(edges.filter((e) => e.properties && list in e.properties)).toStrictEqual([]);
      }
    });

    it('is null, without an error, for an unknown id', async () => {
      expect(await neighborhood('id: "no-such-node"')).toStrictEqual({
        data: { neighborhood: null },
      });
    });

    it.each([
      ['depth', 'depth: 4'],
      ['depth', 'depth: 0'],
      ['limit', 'limit: 0'],
      ['limit', 'limit: 1001'],
    ])('refuses %s out of bounds (%s) as BAD_USER_INPUT naming it', async (argument, args) => {
      const body = await neighborhood(`id: "osce", ${args}`);
      expect(body.data).toStrictEqual({ neighborhood: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]?.extensions).toStrictEqual({ code: 'BAD_USER_INPUT', argument });
    });
  });

  describe('path', () => {
    it('joins JOGMEC to uranium', async () => {
      const subgraph = (await path('from: "jogmec", to: "uranium"')).data?.path as Subgraph;
      expect(subgraph.edges.length).toBeGreaterThanOrEqual(1);
      expect(subgraph.nodes[0]?.id).toBe('jogmec');
      expect(subgraph.nodes.at(-1)?.id).toBe('uranium');
      expect(subgraph.nodes).toHaveLength(subgraph.edges.length + 1);
      expectEveryEdgeBetweenItsNodes(subgraph);
    });

    it('walks relationships against their direction', async () => {
      const subgraph = (await path('from: "osce", to: "japan", types: [PARTNER_OF]')).data
        ?.path as Subgraph;
      expect(subgraph.edges.map((e) => [e.source, e.target])).toStrictEqual([['japan', 'osce']]);
    });

    it('is the two ends without edges when no path is short enough', async () => {
      const subgraph = (await path('from: "jogmec", to: "osce", maxLength: 1')).data
        ?.path as Subgraph;
      expect(subgraph.nodes.map((n) => n.id)).toStrictEqual(['jogmec', 'osce']);
      expect(subgraph.edges).toStrictEqual([]);
    });

    it('is null when an end is unknown', async () => {
      expect(await path('from: "jogmec", to: "no-such-node"')).toStrictEqual({
        data: { path: null },
      });
    });

    it('refuses maxLength out of bounds as BAD_USER_INPUT naming it', async () => {
      const body = await path('from: "jogmec", to: "uranium", maxLength: 7');
      expect(body.errors?.[0]?.extensions).toStrictEqual({
        code: 'BAD_USER_INPUT',
        argument: 'maxLength',
      });
    });
  });

  describe('graph', () => {
    it('holds every node and relationship of the statement, none dangling', async () => {
      const { data, errors } = await graph(
        `filter: { documentId: "${DOCUMENT}", includeStructure: true, includeMentions: true }`,
      );
      expect(errors).toBeUndefined();
      const subgraph = data?.graph as Subgraph;
      expect(subgraph.nodes).toHaveLength(
        await count('MATCH (n:Entity) WHERE $documentId IN n.sources RETURN count(n) AS count'),
      );
      expect(subgraph.edges).toHaveLength(
        await count('MATCH ()-[r]->() WHERE r.source = $documentId RETURN count(r) AS count'),
      );
      expect(subgraph.truncated).toBe(false);
      expectEveryEdgeBetweenItsNodes(subgraph);
      // Hundreds of nodes and edges: the answer came in several parts, none lost or repeated.
      expect(new Set(subgraph.nodes.map((n) => n.id)).size).toBe(subgraph.nodes.length);
      expect(new Set(subgraph.edges.map((e) => e.id)).size).toBe(subgraph.edges.length);
    });

    it('leaves a text’s words and the loader’s bookkeeping in Neo4j', async () => {
      const { data, errors } = await suite.api.graphql(
        `{ graph(filter: { documentId: "${DOCUMENT}", includeStructure: true }, limit: 5000) { nodes { id kind properties } } }`,
      );
      expect(errors).toBeUndefined();
      const nodes = (data?.graph as { nodes: Array<{ kind: string; properties: object }> }).nodes;
      expect(nodes.some((n) => n.kind === 'Document')).toBe(true);
      expect(nodes.some((n) => n.kind === 'Clause')).toBe(true);
      const keys = new Set(nodes.flatMap((n) => Object.keys(n.properties)));
      for (const hidden of ['text', 'sources', 'loadedNodeIds', 'loadedFactIds', 'factIds']) {
        expect(keys).not.toContain(hidden);
      }
      expect(keys).toContain('textEn');
    });

    it('leaves out the layout of the text and the mentions by default', async () => {
      const subgraph = (await graph(`filter: { documentId: "${DOCUMENT}" }`)).data
        ?.graph as Subgraph;
      expect(subgraph.nodes.filter((n) => ['Section', 'Clause'].includes(n.kind))).toStrictEqual(
        [],
      );
      expect(
        subgraph.edges.filter((e) => ['PART_OF', 'MENTIONS', 'REFERENCES'].includes(e.type)),
      ).toStrictEqual([]);
      expect(subgraph.edges.map((e) => e.type)).toContain('WELCOMES');
      expectEveryEdgeBetweenItsNodes(subgraph);
    });

    it('keeps clauses and their PART_OF, but not their mentions, with includeStructure alone', async () => {
      const subgraph = (
        await graph(`filter: { documentId: "${DOCUMENT}", includeStructure: true }`)
      ).data?.graph as Subgraph;
      const types = new Set(subgraph.edges.map((e) => e.type));
      expect(types.has('PART_OF') && types.has('REFERENCES')).toBe(true);
      expect(types.has('MENTIONS')).toBe(false);
    });

    it('says when the limit cut it', async () => {
      const subgraph = (await graph(`filter: { documentId: "${DOCUMENT}" }, limit: 10`)).data
        ?.graph as Subgraph;
      expect(subgraph.nodes).toHaveLength(10);
      expect(subgraph.truncated).toBe(true);
      expectEveryEdgeBetweenItsNodes(subgraph);
    });

    it('answers NOT_FOUND for a document that does not exist', async () => {
      const body = await graph('filter: { documentId: "no-such-document" }');
      expect(body.errors?.[0]?.extensions).toStrictEqual({
        code: 'NOT_FOUND',
        argument: 'filter.documentId',
        id: 'no-such-document',
      });
    });

    it('refuses a limit above 5000', async () => {
      const body = await graph('limit: 5001');
      expect(body.errors?.[0]?.extensions).toStrictEqual({
        code: 'BAD_USER_INPUT',
        argument: 'limit',
      });
    });
  });

  describe('exports', () => {
    const exportsOf = async (args: string) =>
      (
        await suite.api.graphql<{
          neighborhood: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> } & {
            cytoscape: {
              elements: {
                nodes: Array<{ data: { id: string; label: string; kind: string } }>;
                edges: Array<{ data: { id: string; source: string; target: string } }>;
              };
            };
            graphml: string;
            gexf: string;
          };
        }>(`{ neighborhood(${args}) { nodes { id } edges { id } cytoscape graphml gexf } }`)
      ).data?.neighborhood;

    it('gives Cytoscape.js elements whose edges join its nodes', async () => {
      const subgraph = await exportsOf('id: "osce", depth: 2');
      const { nodes, edges } = subgraph?.cytoscape.elements ?? { nodes: [], edges: [] };
      expect(nodes.map((n) => n.data.id)).toStrictEqual(subgraph?.nodes.map((n) => n.id));
      expect(edges.map((e) => e.data.id)).toStrictEqual(subgraph?.edges.map((e) => e.id));
      const ids = new Set(nodes.map((n) => n.data.id));
      expect(edges.filter((e) => !ids.has(e.data.source) || !ids.has(e.data.target))).toEqual([]);
      expect(nodes[0]?.data).toMatchObject({ id: 'osce', kind: 'Organization' });
    });

    it('gives GraphML with one element per node and edge, Japanese kept', async () => {
      const subgraph = await exportsOf('id: "osce"');
      const graphml = subgraph?.graphml ?? '';
      const occurrences = (text: string) => graphml.split(text).length - 1;
      expect(graphml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml ')).toBe(true);
      expect(graphml.trimEnd().endsWith('</graphml>')).toBe(true);
      expect(occurrences('<node ')).toBe(subgraph?.nodes.length);
      expect(occurrences('</node>')).toBe(subgraph?.nodes.length);
      expect(occurrences('<edge ')).toBe(subgraph?.edges.length);
      expect(occurrences('</edge>')).toBe(subgraph?.edges.length);
      expect(occurrences('<data ')).toBe(occurrences('</data>'));
      expect(occurrences('<')).toBe(occurrences('>'));
      expect(graphml).toContain(
        '<key id="quote" for="edge" attr.name="quote" attr.type="string"/>',
      );
      expect(graphml).toContain('>欧州安全保障協力機構</data>');
    });

    it('gives GEXF with one element per node and edge', async () => {
      const subgraph = await exportsOf('id: "osce"');
      const gexf = subgraph?.gexf ?? '';
      expect(gexf.split('<node ').length - 1).toBe(subgraph?.nodes.length);
      expect(gexf.split('<edge ').length - 1).toBe(subgraph?.edges.length);
    });
  });

  describe('round trips', () => {
    it.each([
      ['neighborhood', '{ neighborhood(id: "osce", depth: 3) { nodes { id } edges { id } } }'],
      ['path', '{ path(from: "jogmec", to: "osce", maxLength: 6) { nodes { id } } }'],
      ['graph', `{ graph(filter: { documentId: "${DOCUMENT}" }) { nodes { id } edges { id } } }`],
      ['schemaGraph', '{ schemaGraph { nodes { id } edges { id } legend { kinds { kind } } } }'],
      [
        'neighborhood with every export',
        '{ neighborhood(id: "osce") { truncated cytoscape graphml gexf } }',
      ],
    ])('answers %s with exactly one query', async (_field, query) => {
      const before = suite.db.queryCount;
      const body = await suite.api.graphql(query);
      expect(body.errors).toBeUndefined();
      expect(suite.db.queryCount - before).toBe(1);
    });

    it('asks nothing of Neo4j for arguments out of bounds', async () => {
      const before = suite.db.queryCount;
      await neighborhood('id: "osce", depth: 4');
      expect(suite.db.queryCount - before).toBe(0);
    });
  });
});
