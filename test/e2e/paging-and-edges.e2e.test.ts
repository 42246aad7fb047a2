import { useSeededApi } from '../support/server';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Operations that once answered INTERNAL_SERVER_ERROR (issue 8), keyset cursors, and the read
 * side of facts stated by many documents (issue 7).
 */
describe('paging, edge cases and facts of many documents', () => {
  const suite = useSeededApi();
  const query = async (operation: string, variables?: Record<string, unknown>): Promise<Data> => {
    const { data, errors } = await suite.api.graphql<Data>(operation, variables);
    expect(errors).toBeUndefined();
    return data!;
  };
  const errorOf = async (operation: string) => {
    const { errors } = await suite.api.graphql(operation);
    return errors?.[0]?.extensions;
  };
  const write = (cypher: string) => suite.db.write((tx) => suite.db.run(tx, cypher));

  describe('root connections without edges { node }', () => {
    it('answer pageInfo alone', async () => {
      const { clauses } = await query('{ clauses { pageInfo { hasNextPage endCursor } } }');
      expect(clauses.pageInfo.hasNextPage).toBe(true);
      expect(typeof clauses.pageInfo.endCursor).toBe('string');
    });

    it('answer totalCount alone', async () => {
      const counts = await query(
        '{ documents { totalCount } organizations { totalCount } clauses(filter: { documentId: "jp-kz-2006" }) { totalCount } }',
      );
      const lists = await query(
        '{ documents(first: 100) { edges { node { id } } } organizations(first: 100) { edges { node { id } } } clauses(first: 100, filter: { documentId: "jp-kz-2006" }) { edges { node { id } } } }',
      );
      for (const list of ['documents', 'organizations', 'clauses']) {
        expect(counts[list].totalCount).toBe(lists[list].edges.length);
        expect(counts[list].totalCount).toBeGreaterThan(0);
      }
    });

    it('answer an empty page past the last item with the count, the missing ids still checked', async () => {
      const all = await query(
        '{ clauses(first: 100, filter: { documentId: "jp-kz-2006" }) { totalCount edges { cursor } } }',
      );
      const last = all.clauses.edges.at(-1).cursor as string;
      const past = await query(
        `{ clauses(after: "${last}", filter: { documentId: "jp-kz-2006" }) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`,
      );
      expect(past.clauses).toStrictEqual({
        totalCount: all.clauses.totalCount,
        edges: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      });
      expect(
        await errorOf('{ clauses(filter: { documentId: "no-such-document" }) { totalCount } }'),
      ).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('answer cursors alone, usable as after', async () => {
      const first = await query('{ clauses(first: 3) { edges { cursor } } }');
      const after = first.clauses.edges[2].cursor as string;
      const next = await query(
        `{ clauses(first: 1, after: "${after}") { edges { node { order } } } }`,
      );
      expect(next.clauses.edges[0].node.order).toBe(3);
    });
  });

  it('answers a nullable text without data as null (a cited document has no publisher)', async () => {
    const { document } = await query('{ document(id: "js-1994-04-07") { publisher { en } } }');
    expect(document.publisher).toBeNull();
  });

  it('refuses a search text beyond the full-text clause limit as BAD_USER_INPUT', async () => {
    const words = Array.from({ length: 1100 }, (_, i) => `w${i}`).join(' ');
    expect(await errorOf(`{ search(text: "${words}") { totalCount } }`)).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'text',
    });
    const cjk = 'ウラン'.repeat(400);
    expect((await errorOf(`{ search(text: "${cjk}") { totalCount } }`))?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses an offset cursor, a huge one included, and garbage, as BAD_USER_INPUT on after', async () => {
    for (const cursor of [
      Buffer.from('offset:1e21').toString('base64url'),
      Buffer.from('offset:3').toString('base64url'),
      '!!!',
      Buffer.from(JSON.stringify(['Organization', 1])).toString('base64url'),
    ]) {
      expect(await errorOf(`{ clauses(after: "${cursor}") { totalCount } }`)).toStrictEqual({
        code: 'BAD_USER_INPUT',
        argument: 'after',
      });
    }
  });

  it('keeps the next page where it was when an item is added before the cursor', async () => {
    const page = '{ documents(first: 3) { edges { cursor node { id } } } }';
    const firstPage = await query(page);
    const after = firstPage.documents.edges[2].cursor as string;
    const next = `{ documents(first: 3, after: "${after}") { edges { node { id } } } }`;
    const before = await query(next);
    await write("CREATE (:Entity:Document {id: '0-paging-test', kind: 'Document'})");
    try {
      expect(await query(next)).toStrictEqual(before);
    } finally {
      await write("MATCH (n:Entity {id: '0-paging-test'}) DETACH DELETE n");
    }
  });

  describe('a fact stated by many documents (one edge, evidence as lists)', () => {
    // The storage contract of issue 7, written here as the loader writes it.
    beforeAll(() =>
      write(`MATCH (a:Entity {id: 'jogmec'}), (b:Entity {id: 'osce'})
        CREATE (a)-[:MEMBER_OF {id: 'fact:jogmec:MEMBER_OF:osce', source: 'doc-a',
          documentIds: ['doc-a', 'doc-b', 'doc-c'], documentCount: 3,
          clauseId: 'doc-a#p1', quote: 'q-a', prefix: 'pa', suffix: 'sa', start: 1, end: 4,
          evidenceIds: ['e-a', 'e-b', 'e-c'], evidenceSources: ['doc-a', 'doc-b', 'doc-c'],
          evidenceClauseIds: ['doc-a#p1', 'doc-b#p1', 'doc-c#p1'], evidenceQuotes: ['q-a', 'q-b', 'q-c'],
          evidencePrefixes: ['pa', 'pb', 'pc'], evidenceSuffixes: ['sa', 'sb', 'sc'],
          evidenceStarts: [1, 2, 3], evidenceEnds: [4, 5, 6]}]->(b)`),
    );
    afterAll(() => write("MATCH ()-[r {id: 'fact:jogmec:MEMBER_OF:osce'}]->() DELETE r"));

    const factQuery = (after?: string) => `{ entity(id: "jogmec") {
      relations(direction: OUT, types: [MEMBER_OF]) { id documentCount evidence { quote documentId }
        evidences(first: 2${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { hasNextPage endCursor }
          edges { node { quote documentId clauseId start end } } } } } }`;

    it('is one relation that counts its documents and pages its evidence', async () => {
      const { entity } = await query(factQuery());
      expect(entity.relations).toHaveLength(1);
      const [fact] = entity.relations;
      expect(fact.documentCount).toBe(3);
      expect(fact.evidence).toStrictEqual({ quote: 'q-a', documentId: 'doc-a' });
      expect(fact.evidences.totalCount).toBe(3);
      expect(fact.evidences.edges.map((e: Data) => e.node)).toStrictEqual([
        { quote: 'q-a', documentId: 'doc-a', clauseId: 'doc-a#p1', start: 1, end: 4 },
        { quote: 'q-b', documentId: 'doc-b', clauseId: 'doc-b#p1', start: 2, end: 5 },
      ]);
      expect(fact.evidences.pageInfo.hasNextPage).toBe(true);
      const rest = await query(factQuery(fact.evidences.pageInfo.endCursor));
      const next = rest.entity.relations[0].evidences;
      expect(next.edges.map((e: Data) => e.node.documentId)).toEqual(['doc-c']);
      expect(next.pageInfo.hasNextPage).toBe(false);
    });

    it('gives an edge of one act one evidence entry and a count of 1', async () => {
      const { clause } = await query(`{ clause(id: "jp-kz-2006#preamble__para_2") {
        references(first: 1) { documentCount evidence { quote documentId }
          evidences { totalCount edges { node { quote documentId } } } } } }`);
      const [reference] = clause.references;
      expect(reference.documentCount).toBe(1);
      expect(reference.evidence.documentId).toBe('jp-kz-2006');
      expect(reference.evidences.totalCount).toBe(1);
      expect(reference.evidences.edges[0].node).toStrictEqual(reference.evidence);
    });
  });
});
