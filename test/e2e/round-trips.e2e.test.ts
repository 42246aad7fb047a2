import { useSeededApi } from '../support/server';

/**
 * One Cypher round trip per root field, however deep the nesting: the projection compiler turns
 * the whole selection into one query. An N+1 (a query per clause, per relation …) fails here.
 */
describe('database round trips per operation', () => {
  const suite = useSeededApi();

  async function queriesFor(operation: string): Promise<number> {
    const before = suite.db.queryCount;
    const { errors } = await suite.api.graphql(operation);
    expect(errors).toBeUndefined();
    return suite.db.queryCount - before;
  }

  it('answers a deeply nested document traversal with one query', async () => {
    const operation = `{ document(id: "jp-kz-2006") {
      sections { eId }
      clauses(first: 40) { eId section { eId }
        asserts(first: 10) { type from { id name { en } } to { id ... on Sector { organizations(first: 5) { from { id ... on Organization { sectors(first: 5) { to { id } } } } } } }
          evidence { quote clause { eId previous { eId } } } }
        mentions(first: 10) { to { id documents { id } } }
      }
    } }`;
    expect(await queriesFor(operation)).toBe(1);
  });

  it('answers a page of organizations with their sectors and sharing organizations with one query', async () => {
    expect(
      await queriesFor(
        '{ organizations(first: 20) { totalCount edges { node { id sectors { to { id ... on Sector { organizations { from { id } } } } } } } } }',
      ),
    ).toBe(1);
  });

  it('answers nested connections, their counts and cursors included, with one query', async () => {
    const page = (field: string, node: string) =>
      `${field} { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${node} } } }`;
    // Each connection is two levels deeper than its list (edges, node): within the depth limit.
    const mentions = page(
      'mentionsConnection(first: 10)',
      'to { id ... on Organization { sectorsConnection(first: 2) { totalCount } } }',
    );
    const operation = `{ document(id: "jp-kz-2006") {
      ${page('clausesConnection(first: 40)', `eId ${mentions}`)}
      ${page('signatoriesConnection', 'id')}
      ${page('partiesConnection', `from { id ${page('relationsConnection(first: 2, direction: OUT)', 'id')} }`)}
    } }`;
    expect(await queriesFor(operation)).toBe(1);
  });

  it('costs one query per root field', async () => {
    const operation = `{
      a: entity(id: "japan") { id relations(first: 10) { to { id } } }
      b: clause(id: "jp-kz-2006#preamble__para_2") { references { to { id } } }
      c: search(text: "ウラン") { edges { node { id } } }
      d: timeline(first: 5) { edges { node { subject { id } } } }
    }`;
    expect(await queriesFor(operation)).toBe(4);
  });
});
