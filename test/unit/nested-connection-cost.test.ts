import { parse, type GraphQLSchema } from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { measureComplexity } from '../../src/graphql/rules/max-complexity';
import { OPERATION_LIMITS } from '../../src/limits';

/**
 * A nested connection costs what the list it pages costs: `first` times an item (with its edge
 * and cursor), while totalCount and pageInfo, answered once per connection, are counted once.
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

const values = (query: string) =>
  measureComplexity({
    schema,
    document: parse(query),
    defaultFirst: OPERATION_LIMITS.defaultFirst,
  })!;
const onOrganization = (selection: string) =>
  values(`{ entity(id: "x") { ... on Organization { ${selection} } } }`);

describe('the cost of a nested connection', () => {
  it('grows with first exactly as its plain list does, plus the edge of each item', () => {
    const list = (first: number) => onOrganization(`sectors(first: ${first}) { to { id } }`);
    const connection = (first: number) =>
      onOrganization(`sectorsConnection(first: ${first}) { edges { cursor node { to { id } } } }`);
    const perItem = (list(20) - list(10)) / 10;
    // The edge adds its node object and its cursor to each item.
    expect((connection(20) - connection(10)) / 10).toBe(perItem + 2);
  });

  it('counts totalCount and pageInfo once, not once per item', () => {
    const page = (extra: string) =>
      onOrganization(`sectorsConnection(first: 50) { ${extra} edges { node { id } } }`);
    expect(page('totalCount pageInfo { hasNextPage endCursor }') - page('')).toBe(1 + (1 + 2));
  });

  it('multiplies the whole selection when a named fragment may hold the edges', () => {
    const spread =
      values(`query { entity(id: "x") { ... on Organization { sectorsConnection(first: 10) { ...Page } } } }
      fragment Page on RelationConnection { totalCount edges { node { id } } }`);
    expect(spread).toBe(1 + 1 + 10 * (1 + (1 + (1 + 1))));
  });

  it('lets three nested connections at their default sizes through, as their lists', () => {
    const connection = (field: string, node: string) =>
      `${field} { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${node} } } }`;
    const query = `{ ${connection(
      'organizations',
      `id ${connection('sectorsConnection', `to { ... on Sector { ${connection('organizationsConnection', 'from { id }')} } }`)}`,
    )} }`;
    expect(values(query)).toBeLessThanOrEqual(OPERATION_LIMITS.complexity);
  });
});
