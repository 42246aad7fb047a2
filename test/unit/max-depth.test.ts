import { parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { validationRules } from '../../src/graphql/limits';

/**
 * The depth limit on the API's own schema: a connection's `edges { node }` wrapper does not
 * count, so paging a list with its connection is allowed wherever the plain list is, and the
 * limit still refuses nesting that is deep in the domain, written either way.
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

const errorsOf = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, ...validationRules()]).map((error) => ({
    message: error.message,
    extensions: error.extensions,
  }));

/** README use 2 (JOGMEC's sectors and the organizations sharing them) with connections. */
const USE_2_WITH_CONNECTIONS = `{
  organizations(filter: { ids: ["jogmec"] }) {
    edges {
      node {
        name { ja en }
        sectorsConnection {
          edges {
            node {
              to { id ... on Sector { organizationsConnection { edges { node { from { id } } } } } }
              evidence { clauseId }
            }
          }
        }
      }
    }
  }
}`;

/** Organization → sector → organization … `hops` relations deep, as plain lists or connections. */
function walk(hops: number, connections: boolean): string {
  const list = (name: string, inner: string) =>
    connections ? `${name}Connection { edges { node { ${inner} } } }` : `${name} { ${inner} }`;
  let inner = 'id';
  for (let hop = hops; hop > 0; hop--) {
    inner =
      hop % 2 === 1
        ? `... on Organization { ${list('sectors', `to { ${inner} }`)} }`
        : `... on Sector { ${list('organizations', `from { ${inner} }`)} }`;
  }
  return `{ entity(id: "jogmec") { ${inner} } }`;
}

describe('the depth limit on connections', () => {
  it('passes README use 2 written with connections (12 fields deep, 6 levels of the domain)', () => {
    expect(errorsOf(USE_2_WITH_CONNECTIONS)).toStrictEqual([]);
  });

  it('counts a connection as deep as the plain list it pages', () => {
    // entity + 4 hops of (list, to/from) + id = 10: the deepest allowed, in both forms.
    expect(errorsOf(walk(4, false))).toStrictEqual([]);
    expect(errorsOf(walk(4, true))).toStrictEqual([]);
  });

  it('still refuses a walk too deep in the domain, written with lists or connections', () => {
    const refusal = {
      message: 'Operation depth 12 exceeds the maximum of 10',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', maximum: 10, actual: 12 },
    };
    expect(errorsOf(walk(5, false))).toStrictEqual([refusal]);
    expect(errorsOf(walk(5, true))).toStrictEqual([refusal]);
  });
});
