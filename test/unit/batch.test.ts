import { batchesOf, batchRows } from '../../src/ingest/batch';
import { factId, type FactRow, type GraphRows, type NodeRow } from '../../src/ingest/to-graph';

/** How a batch of documents' rows are grouped so that each node and fact is written once. */

const node = (id: string, kind: NodeRow['kind'], nameEn: string): NodeRow => ({
  id,
  kind,
  properties: { nameEn },
});

function fact(documentId: string, from: string, to: string, evidenceId: string): FactRow {
  return {
    id: factId(from, 'ACTIVE_IN', to),
    type: 'ACTIVE_IN',
    from,
    to,
    properties: { source: documentId, quote: `quote of ${evidenceId}` },
    evidence: {
      ids: [evidenceId],
      clauseIds: [`${documentId}#sec_1__para_1`],
      quotes: [`quote of ${evidenceId}`],
      prefixes: ['p'],
      suffixes: ['s'],
      starts: [1],
      ends: [2],
    },
  };
}

function graph(documentId: string, nodes: NodeRow[], facts: FactRow[] = []): GraphRows {
  return {
    documentId,
    contentHash: `hash of ${documentId}`,
    nodes: [node(documentId, 'Document', documentId), ...nodes],
    relationships: nodes.map((n) => ({
      id: `${documentId}/mentions/${n.id}`,
      type: 'MENTIONS' as const,
      from: documentId,
      to: n.id,
      properties: { source: documentId },
    })),
    facts,
  };
}

describe('batchesOf', () => {
  const ids = (batches: Iterable<string[]>) => [...batches];

  it('cuts items into batches of the given size, in order', () => {
    expect(ids(batchesOf(['a', 'b', 'c', 'd', 'e'], 2, (x) => x))).toStrictEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e'],
    ]);
  });

  it('starts a new batch when a document comes again, so its later version replaces the earlier', () => {
    expect(ids(batchesOf(['a', 'b', 'a', 'c'], 10, (x) => x))).toStrictEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
  });

  it('makes no batch of nothing, and refuses a size below one', () => {
    expect(ids(batchesOf([], 3, (x) => x))).toStrictEqual([]);
    expect(() => ids(batchesOf(['a'], 0, (x) => x))).toThrow('batch size must be ≥ 1, not 0');
  });

  it('reads its items lazily, one batch ahead at most', () => {
    let made = 0;
    function* items() {
      for (let i = 0; i < 100; i++) {
        made += 1;
        yield String(i);
      }
    }
    const batches = batchesOf(items(), 10, (x) => x);
    batches.next();
    expect(made).toBeLessThanOrEqual(11);
  });
});

describe('batchRows', () => {
  const first = graph('doc-a', [
    node('japan', 'State', 'Japan (a)'),
    node('doc-b', 'Document', 'B as a cites it'),
  ]);
  const second = graph('doc-b', [node('japan', 'State', 'Japan (b)')]);

  it('makes one row per node, naming every document of the batch that names it, in order', () => {
    const { nodes } = batchRows([first, second]);
    const japan = nodes.find((n) => n.id === 'japan');
    expect(japan).toStrictEqual({
      id: 'japan',
      documentIds: ['doc-a', 'doc-b'],
      kinds: ['State', 'State'],
      definer: { documentId: 'doc-a', kind: 'State', properties: { nameEn: 'Japan (a)' } },
      selfDefined: false,
    });
    expect(nodes.map((n) => n.id)).toStrictEqual(['doc-a', 'japan', 'doc-b']);
  });

  it('lets a document define its own node, also when a document before it in the batch cites it', () => {
    const b = batchRows([first, second]).nodes.find((n) => n.id === 'doc-b');
    expect(b?.definer).toStrictEqual({
      documentId: 'doc-b',
      kind: 'Document',
      properties: { nameEn: 'doc-b' },
    });
    expect(b?.selfDefined).toBe(true);
    expect(b?.documentIds).toStrictEqual(['doc-a', 'doc-b']);
  });

  it('groups per-act relationships by type, each with its id among its properties', () => {
    const { relationships } = batchRows([first, second]);
    expect([...relationships.keys()]).toStrictEqual(['MENTIONS']);
    expect(relationships.get('MENTIONS')).toContainEqual({
      from: 'doc-b',
      to: 'japan',
      properties: { source: 'doc-b', id: 'doc-b/mentions/japan' },
    });
    expect(relationships.get('MENTIONS')).toHaveLength(3);
  });

  it('makes one row per shared fact, the evidence of every document concatenated with its document', () => {
    const a = graph('doc-a', [], [fact('doc-a', 'jbic', 'oil', 'e1')]);
    const b = graph('doc-b', [], [fact('doc-b', 'jbic', 'oil', 'e2')]);
    const [row, ...others] = batchRows([a, b]).facts.get('ACTIVE_IN') ?? [];
    expect(others).toStrictEqual([]);
    expect(row).toMatchObject({
      id: factId('jbic', 'ACTIVE_IN', 'oil'),
      properties: { source: 'doc-a', quote: 'quote of e1' },
      documentIds: ['doc-a', 'doc-b'],
      evidence: {
        ids: ['e1', 'e2'],
        sources: ['doc-a', 'doc-b'],
        quotes: ['quote of e1', 'quote of e2'],
        clauseIds: ['doc-a#sec_1__para_1', 'doc-b#sec_1__para_1'],
      },
    });
  });

  it('does not change the graph rows it was given', () => {
    const a = graph('doc-a', [], [fact('doc-a', 'jbic', 'oil', 'e1')]);
    const b = graph('doc-b', [], [fact('doc-b', 'jbic', 'oil', 'e2')]);
    batchRows([a, b]);
    expect(a.facts[0]?.evidence.ids).toStrictEqual(['e1']);
  });

  it('records what each document writes, for its later removal', () => {
    const a = graph(
      'doc-a',
      [node('japan', 'State', 'Japan')],
      [fact('doc-a', 'jbic', 'oil', 'e1')],
    );
    expect(batchRows([a]).anchors).toStrictEqual([
      {
        documentId: 'doc-a',
        nodeIds: ['doc-a', 'japan'],
        factIds: [factId('jbic', 'ACTIVE_IN', 'oil')],
      },
    ]);
  });

  it('refuses a batch that holds one document twice', () => {
    expect(() => batchRows([first, first])).toThrow('a batch names a document twice');
  });
});
