import { presentSubgraph, toCsv, toCytoscape, toGexf, toGraphML } from '../../src/graph/export';
import { ExportBatch } from '../../src/graph/export/export-batch';
import { ExportPool } from '../../src/graph/export/export-pool';
import type { ExportFormat } from '../../src/graph/export/build-export';
import type { SubgraphData } from '../../src/graph/subgraph.repository';

/**
 * The export pool builds on worker threads what the builders build in process, byte for byte:
 * the same subgraph, with markup, line breaks, CSV quoting and astral characters, through both.
 * Under jest the threads compile the TypeScript builders themselves, as they do not run ts-jest.
 */
const TRICKY = 'A&B <Co> "quoted", \'single\'\n𠮷野家\t\u0000';

/** `count` nodes in a ring, each joined to the next by two edges: enough to leave the inline path. */
function ring(count: number): SubgraphData {
  const id = (i: number) => `n-${i % count}`;
  return {
    nodes: Array.from({ length: count }, (_, i) => ({
      id: id(i),
      kind: i % 3 === 0 ? 'State' : i % 3 === 1 ? 'Organization' : 'Clause',
      label: `${TRICKY} ${i}`,
      name: { ja: `ノード${i}`, en: i % 5 === 0 ? '' : `${TRICKY} ${i}` },
      properties:
        i % 3 === 2 ? { text: `${TRICKY}\r\n${i}`, order: i / 2 } : { aliases: ['α', `a,${i}`] },
    })),
    edges: Array.from({ length: count * 2 }, (_, i) => ({
      id: `e-${i}`,
      type: i % 2 === 0 ? 'WELCOMES' : 'PART_OF',
      source: id(i >> 1),
      target: id((i >> 1) + 1),
      label: i % 2 === 0 ? 'welcomes' : 'part of',
      documentId: 'jp-kz-2006',
      evidence: i % 2 === 0 ? { clauseId: id(i), quote: `「${TRICKY}」` } : null,
      properties: i % 2 === 0 ? { jointly: i % 4 === 0, start: i, q_role: 'agent' } : {},
    })),
    truncated: true,
  };
}

describe('the export pool', () => {
  const pool = new ExportPool(2, 0);
  afterAll(() => pool.close());
  const data = ring(300);
  const subgraph = presentSubgraph(data);

  it('builds GraphML, GEXF, Cytoscape JSON and CSV on its threads exactly as in process', async () => {
    const [graphml, gexf, cytoscape, csv] = await Promise.all([
      pool.build('graphml', data),
      pool.build('gexf', data),
      pool.build('cytoscape', data),
      pool.build('csv', data),
    ]);
    expect(graphml).toBe(toGraphML(subgraph));
    expect(gexf).toBe(toGexf(subgraph));
    expect(JSON.stringify(cytoscape)).toBe(JSON.stringify(toCytoscape(subgraph)));
    expect(csv).toStrictEqual(toCsv(subgraph));
  });

  it('queues more requests than threads and answers each with its own export', async () => {
    const subgraphs = [10, 20, 30, 40, 50].map((count) => ring(count));
    const built = await Promise.all(subgraphs.map((each) => pool.build('graphml', each)));
    expect(built).toStrictEqual(subgraphs.map((each) => toGraphML(presentSubgraph(each))));
  });

  it('builds small subgraphs inline, with the same result', async () => {
    const inline = new ExportPool(1, 10_000);
    expect(await inline.build('gexf', data)).toBe(toGexf(subgraph));
    await inline.close();
  });

  it('starts new threads after being closed', async () => {
    await pool.close();
    expect(await pool.build('graphml', data)).toBe(toGraphML(subgraph));
  });
});

describe('an export batch', () => {
  /** A real pool that records what each message to a thread asked for. */
  class RecordingPool extends ExportPool {
    readonly asked: ExportFormat[][] = [];
    override buildAll<F extends ExportFormat>(formats: readonly F[], subgraph: SubgraphData) {
      this.asked.push([...formats]);
      return super.buildAll(formats, subgraph);
    }
  }
  const pool = new RecordingPool(1, 0);
  afterAll(() => pool.close());
  const data = ring(200);
  const subgraph = presentSubgraph(data);

  it('sends the formats asked in one turn to a thread as one message', async () => {
    const batch = new ExportBatch(data, pool);
    const [graphml, gexf, again, cytoscape] = await Promise.all([
      batch.build('graphml'),
      batch.build('gexf'),
      batch.build('graphml'),
      batch.build('cytoscape'),
    ]);
    expect(pool.asked).toStrictEqual([['graphml', 'gexf', 'cytoscape']]);
    expect(graphml).toBe(toGraphML(subgraph));
    expect(again).toBe(graphml);
    expect(gexf).toBe(toGexf(subgraph));
    expect(JSON.stringify(cytoscape)).toBe(JSON.stringify(toCytoscape(subgraph)));
  });

  it('sends a later request as a message of its own', async () => {
    const batch = new ExportBatch(data, pool);
    await batch.build('csv');
    expect(await batch.build('graphml')).toBe(toGraphML(subgraph));
    expect(pool.asked.slice(-2)).toStrictEqual([['csv'], ['graphml']]);
  });
});
