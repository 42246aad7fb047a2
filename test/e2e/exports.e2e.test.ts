import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import {
  EDGE_PRESENTATION_ATTRIBUTES,
  NODE_KIND_NAMES,
  NODE_PRESENTATION_ATTRIBUTES,
  SHORT_LABEL_LENGTH,
} from '../../src/vocabulary';
import { useSeededApi } from '../support/server';

/**
 * The exports of the real statement, read back by the libraries viewers are built on: every
 * format holds every node and edge, with the vocabulary's attributes; the styled fields (short
 * labels, degree, legend) and the overview are what a viewer needs to draw without our tables.
 */
interface Exports {
  nodes: Array<{
    id: string;
    kind: string;
    shortLabel: { ja: string; en: string };
    degree: number;
  }>;
  edges: Array<{ id: string; source: string; target: string; typeLabel: { ja: string } }>;
  legend: {
    kinds: Array<{ kind: string; color: string; count: number }>;
    types: Array<{ type: string; category: string; count: number }>;
  };
  cytoscape: { elements: cytoscape.ElementsDefinition; style: cytoscape.StylesheetJson };
  graphml: string;
  gexf: string;
  csv: { nodes: string; relationships: string };
}

const FIELDS = `
  nodes { id kind shortLabel { ja en } degree }
  edges { id source target typeLabel { ja en } }
  legend { kinds { kind color count } types { type category count } }
  cytoscape graphml gexf csv { nodes relationships }
`;

describe('exports of the statement, read by the libraries viewers use', () => {
  const suite = useSeededApi();
  let whole: Exports;
  beforeAll(async () => {
    const body = await suite.api.graphql<{ graph: Exports }>(
      `{ graph(filter: { includeStructure: true, includeMentions: true }) { ${FIELDS} } }`,
    );
    expect(body.errors).toBeUndefined();
    whole = body.data!.graph;
  });

  it('holds the whole graph', async () => {
    const [row] = await suite.db.query(
      'MATCH (n:Entity) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS edges',
    );
    expect([whole.nodes.length, whole.edges.length]).toStrictEqual([row?.nodes, row?.edges]);
  });

  it('parses in graphology-graphml with equal counts and the declared attributes', () => {
    const graph = parseGraphML(Graph, whole.graphml);
    expect([graph.order, graph.size]).toStrictEqual([whole.nodes.length, whole.edges.length]);
    const osce = graph.getNodeAttributes('osce');
    for (const { name } of NODE_PRESENTATION_ATTRIBUTES) expect(osce).toHaveProperty(name);
    const [edge] = graph.edges();
    for (const { name } of EDGE_PRESENTATION_ATTRIBUTES) {
      expect(graph.getEdgeAttributes(edge)).toHaveProperty(name);
    }
  });

  it('parses in graphology-gexf with equal counts, aliases as lists, viz size by degree', () => {
    const graph = parseGexf(Graph, whole.gexf);
    expect([graph.order, graph.size]).toStrictEqual([whole.nodes.length, whole.edges.length]);
    expect(graph.getNodeAttribute('jogmec', 'aliases')).toContain('JOGMEC');
    expect(graph.getNodeAttribute('japan', 'size')).toBeGreaterThan(
      graph.getNodeAttribute('jogmec', 'size'),
    );
    expect(graph.getNodeAttribute('japan', 'shape')).toBe('disc');
  });

  it('draws in headless Cytoscape.js with equal counts after a layout', () => {
    // fetch's JSON is built in Node's realm, not jest's; Cytoscape only takes this realm's plain
    // objects, so the test copies it (a browser or a Node program has one realm).
    const json = JSON.parse(JSON.stringify(whole.cytoscape)) as Exports['cytoscape'];
    const cy = cytoscape({ headless: true, styleEnabled: true, ...json });
    try {
      expect([cy.nodes().length, cy.edges().length]).toStrictEqual([
        whole.nodes.length,
        whole.edges.length,
      ]);
      cy.layout({ name: 'concentric', animate: false }).run();
      expect(Number.isFinite(cy.getElementById('japan').position().x)).toBe(true);
    } finally {
      cy.destroy();
    }
  });

  it('gives CSV with one line per node and relationship after the neo4j-admin header', () => {
    const lines = (csv: string) => csv.match(/^[^,\n"]+,/gm)?.length ?? 0;
    expect(whole.csv.nodes.startsWith('id:ID,:LABEL,')).toBe(true);
    expect(whole.csv.relationships.startsWith(':START_ID,:END_ID,:TYPE,id,')).toBe(true);
    // Rows start with an id (never quoted: ids hold no comma); continuation lines of quoted texts
    // may too, so count the rows by their ids instead.
    for (const node of whole.nodes.slice(0, 20)) {
      expect(whole.csv.nodes).toContain(`\n${node.id},Entity;${node.kind},`);
    }
    expect(lines(whole.csv.relationships)).toBeGreaterThanOrEqual(whole.edges.length + 1);
  });

  it('gives every node a short label within the limits, and its degree in the subgraph', () => {
    for (const node of whole.nodes) {
      expect([...node.shortLabel.en].length).toBeLessThanOrEqual(SHORT_LABEL_LENGTH.en);
      expect([...node.shortLabel.ja].length).toBeLessThanOrEqual(SHORT_LABEL_LENGTH.ja);
      const touching =
        whole.edges.filter((e) => e.source === node.id).length +
        whole.edges.filter((e) => e.target === node.id).length;
      expect(node.degree).toBe(touching);
    }
  });

  it('has a legend of every kind and type present, with their counts', () => {
    const kinds = new Set(whole.nodes.map((n) => n.kind));
    expect(whole.legend.kinds.map((k) => k.kind)).toStrictEqual(
      NODE_KIND_NAMES.filter((kind) => kinds.has(kind)),
    );
    const total = whole.legend.types.reduce((sum, t) => sum + t.count, 0);
    expect(total).toBe(whole.edges.length);
    expect(whole.legend.types.find((t) => t.type === 'WELCOMES')?.category).toBe('speech_act');
  });
});

describe('a graph of which only exports are selected, queried and built on an export thread', () => {
  const suite = useSeededApi();
  const EXPORTS = 'truncated cytoscape graphml gexf csv { nodes relationships }';

  /** The same graph asked twice: exports alone (thread), and with its nodes (this thread). */
  async function bothWays(args: string) {
    const [alone, withNodes] = await Promise.all([
      suite.api.graphql(`{ graph${args} { ${EXPORTS} } }`),
      suite.api.graphql<{ graph: Record<string, unknown> }>(
        `{ graph${args} { ${EXPORTS} nodes { id } } }`,
      ),
    ]);
    const { nodes, ...exports } = withNodes.data?.graph ?? {};
    return { alone, withNodes: { ...withNodes, data: { graph: exports } }, nodes };
  }

  it.each([
    ['the whole graph', '(filter: { includeStructure: true, includeMentions: true })'],
    ['one document’s contribution', '(filter: { documentId: "jp-kz-2006" })'],
    ['a graph cut by its limit', '(limit: 40)'],
  ])('answers %s byte for byte as when its nodes are read too', async (_, args) => {
    const { alone, withNodes, nodes } = await bothWays(args);
    expect(alone.errors).toBeUndefined();
    expect((nodes as unknown[]).length).toBeGreaterThan(0);
    expect(JSON.stringify(alone)).toBe(JSON.stringify(withNodes));
  });

  it('says when the limit cut it', async () => {
    const { alone } = await bothWays('(limit: 40)');
    expect(alone.data).toMatchObject({ graph: { truncated: true } });
  });

  it('is NOT_FOUND for an unknown document, as the graph read on this thread is', async () => {
    const { alone, withNodes } = await bothWays('(filter: { documentId: "no-such-document" })');
    expect(alone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(alone.errors).toStrictEqual(withNodes.errors);
  });

  it('counts the thread’s query as the root field’s one query', async () => {
    const before = suite.db.queryCount;
    const { errors } = await suite.api.graphql('{ graph(limit: 40) { graphml } }');
    expect(errors).toBeUndefined();
    expect(suite.db.queryCount - before).toBe(1);
  });
});

describe('schemaGraph, the overview', () => {
  const suite = useSeededApi();

  it('is one node per kind with its count and one edge per type between kinds', async () => {
    const body = await suite.api.graphql<{
      schemaGraph: {
        nodes: Array<{ id: string; properties: { count: number } }>;
        edges: Array<{
          source: string;
          type: string;
          target: string;
          properties: { count: number };
        }>;
      };
    }>('{ schemaGraph { nodes { id properties } edges { source type target properties } } }');
    expect(body.errors).toBeUndefined();
    const { nodes, edges } = body.data!.schemaGraph;
    const counts = await suite.db.query(
      'MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS count',
    );
    expect(Object.fromEntries(nodes.map((n) => [n.id, n.properties.count]))).toStrictEqual(
      Object.fromEntries(counts.map((row) => [row.kind, row.count])),
    );
    const [all] = await suite.db.query('MATCH ()-[r]->() RETURN count(r) AS count');
    expect(edges.reduce((sum, e) => sum + e.properties.count, 0)).toBe(all?.count);
    expect(edges).toContainEqual(
      expect.objectContaining({ source: 'State', type: 'PARTNER_OF', target: 'Organization' }),
    );
  });
});
