import { WARM_UP_REQUESTS, warmUpQueryPlans } from '../../src/graphql/plan-warm-up';
import { useSeededApi } from '../support/server';

/**
 * The start-up warm-up plans the Cypher that clients' default requests send: the same text, so
 * that Neo4j's query cache has it before the first client waits seconds for the planner.
 */
describe('query plan warm-up', () => {
  const suite = useSeededApi();

  async function cypherOf(work: () => Promise<unknown>): Promise<string[]> {
    const query = jest.spyOn(suite.db, 'query');
    try {
      await work();
      return query.mock.calls.map(([cypher]) => cypher);
    } finally {
      query.mockRestore();
    }
  }

  it('runs the same Cypher as the default requests it stands for', async () => {
    const warmed = new Set(await cypherOf(() => warmUpQueryPlans(suite.db)));
    expect(warmed.size).toBe(WARM_UP_REQUESTS.length);

    const requests = [
      '{ statements(filter: { actor: "japan" }) { totalCount } }',
      '{ statements(filter: { documentId: "jp-kz-2006" }, first: 5) { totalCount } }',
      '{ statements(filter: { target: "jogmec" }) { totalCount } }',
      '{ graph(filter: { documentId: "jp-kz-2006" }) { truncated } }',
      '{ graph(filter: { documentId: "jp-kz-2006", includeStructure: true }, limit: 500) { truncated } }',
    ];
    for (const request of requests) {
      const sent = await cypherOf(async () => {
        const { errors } = await suite.api.graphql(request);
        expect(errors).toBeUndefined();
      });
      expect(sent).toHaveLength(1);
      expect([request, warmed.has(sent[0]!)]).toStrictEqual([request, true]);
    }
  });

  it('names nothing that exists, so it reads nothing of the graph', async () => {
    const results = await Promise.all(WARM_UP_REQUESTS.map((request) => request.run(suite.db)));
    // A graph of no document is null; statements of nobody, of no document, about nothing: none.
    expect(
      results.map((result) =>
        result === null ? 'no graph' : `${(result as { totalCount: number }).totalCount} acts`,
      ),
    ).toStrictEqual(['0 acts', '0 acts', '0 acts', 'no graph', 'no graph']);
  });
});
