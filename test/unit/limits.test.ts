import { ApolloServer } from '@apollo/server';
import {
  buildSchema,
  getOperationAST,
  getIntrospectionQuery,
  parse,
  specifiedRules,
  validate,
  type GraphQLError,
} from 'graphql';
import { OPERATION_LIMITS, costPlugin, validationRules } from '../../src/graphql/limits';
import { checkComplexity, measureComplexity } from '../../src/graphql/rules/max-complexity';
import type { OperationLimit } from '../../src/graphql/rules/operation-limit-error';

/** Recursive, so depth is only bounded by the rule; `first` pages like the API's lists. */
const schema = buildSchema(`
  type Query {
    node(id: ID!): Node
    nodes(first: Int): [Node!]!
  }
  type Node {
    id: ID!
    name: String
    parent: Node
    children(first: Int): [Node!]!
  }
`);

const MAXIMUM: Record<OperationLimit, number> = {
  depth: 10,
  aliases: 30,
  complexity: 400_000,
  responseSize: 40 * 1024 * 1024,
};

type Variables = Record<string, unknown>;

/** What the server refuses before execution: the validation rules, then the complexity check. */
function limitErrors(query: string, variables: Variables = {}): readonly GraphQLError[] {
  const document = parse(query);
  const invalid = validate(schema, document, [...specifiedRules, ...validationRules()]);
  if (invalid.length > 0) return invalid;
  const { complexity: maximum, defaultFirst } = OPERATION_LIMITS;
  const tooComplex = checkComplexity({ schema, document, variables, maximum, defaultFirst });
  return tooComplex ? [tooComplex] : [];
}

function expectValid(query: string, variables?: Variables): void {
  expect(limitErrors(query, variables).map((error) => error.message)).toEqual([]);
}

function expectLimitError(
  query: string,
  limit: OperationLimit,
  actual: number | null,
  variables?: Variables,
): void {
  const errors = limitErrors(query, variables);
  expect(errors.map((error) => error.extensions)).toStrictEqual([
    { code: 'GRAPHQL_VALIDATION_FAILED', limit, maximum: MAXIMUM[limit], actual },
  ]);
}

function complexityOf(query: string, variables?: Variables, operationName?: string) {
  const document = parse(query);
  const operation = getOperationAST(document, operationName) ?? undefined;
  const { defaultFirst } = OPERATION_LIMITS;
  return measureComplexity({ schema, document, operation, variables, defaultFirst });
}

/** `count` Node fields, each inside the last: parent × (count − 1) → id. */
const chain = (count: number) => `${'parent { '.repeat(count - 1)}id${' }'.repeat(count - 1)}`;

/** An operation `depth` fields deep, the root field counting as 1. */
const nested = (depth: number) => `{ node(id: "1") { ${chain(depth - 1)} } }`;

/** An operation with `count` aliased root fields. */
const aliased = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `n${i}: node(id: "${i}") { id }`).join(' ')} }`;

describe('operation depth', () => {
  it('allows 10 nested fields, counting the root field as 1', () => {
    expectValid(nested(10));
  });

  it('refuses 11, naming the limit, the maximum and the actual depth', () => {
    const [error] = limitErrors(nested(11));
    expect(error?.message).toBe('Operation depth 11 exceeds the maximum of 10');
    expectLimitError(nested(11), 'depth', 11);
  });

  it('counts the fields of a fragment where it is spread', () => {
    const query = `{ node(id: "1") { ...Deep } } fragment Deep on Node { ${chain(10)} }`;
    expectLimitError(query, 'depth', 11);
  });

  it('counts the fields of an inline fragment', () => {
    expectLimitError(`{ node(id: "1") { ... on Node { ${chain(10)} } } }`, 'depth', 11);
  });

  it('exempts introspection, however deep its ofType chains go', () => {
    expectValid(`{ __type(name: "Node") { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } }`);
    expectValid(getIntrospectionQuery());
  });

  it('stops at fragment cycles, which another rule reports', () => {
    const query = '{ node(id: "1") { ...A } } fragment A on Node { parent { ...A } }';
    expect(validate(schema, parse(query), validationRules())).toEqual([]);
  });
});

describe('aliases', () => {
  it('allows 30 in one operation', () => {
    expectValid(aliased(30));
  });

  it('refuses 31', () => {
    expectLimitError(aliased(31), 'aliases', 31);
  });

  it('counts the aliases of a fragment once for every spread', () => {
    const fragment = 'fragment Pair on Node { a: id b: name }';
    const spreads = Array.from({ length: 16 }, (_, i) => `p${i}: node(id: "${i}") { ...Pair }`);
    expectLimitError(`{ ${spreads.join(' ')} } ${fragment}`, 'aliases', 48);
  });
});

describe('complexity', () => {
  it('costs each field 1', () => {
    expect(complexityOf('{ node(id: "1") { id name parent { id } } }')).toBe(5);
  });

  it('multiplies a page by first', () => {
    expect(complexityOf('{ nodes(first: 10) { id name } }')).toBe(1 + 10 * 2);
  });

  it('assumes a page of 20 when first is absent', () => {
    expect(complexityOf('{ nodes { id name } }')).toBe(1 + 20 * 2);
  });

  it('honours first given as a variable', () => {
    const query = 'query Page($n: Int) { nodes(first: $n) { id } }';
    expect(complexityOf(query, { n: 50 })).toBe(1 + 50 * 1);
  });

  it('multiplies nested pages', () => {
    expect(complexityOf('{ nodes(first: 10) { children(first: 10) { id } } }')).toBe(111);
  });

  it('refuses an operation over 400000', () => {
    const query = 'query Pages($n: Int) { nodes(first: $n) { children(first: $n) { id } } }';
    expectValid(query, { n: 631 });
    expectLimitError(query, 'complexity', 1 + 632 * (1 + 632), { n: 632 });
  });

  it('refuses an operation too large to measure, however cheap', () => {
    const levels = Array.from({ length: 5 }, (_, i) => {
      const spreads = ` ...F${i + 1}`.repeat(10);
      return `fragment F${i} on Node { children(first: 0) { ${i < 4 ? spreads : 'id'} } }`;
    });
    expectLimitError(`{ nodes(first: 0) { ...F0 } } ${levels.join(' ')}`, 'complexity', null);
  });

  it('leaves variables that do not fit their types to execution', () => {
    expectValid('query Page($n: Int) { nodes(first: $n) { id } }', { n: 'many' });
  });

  it('measures only the operation that runs', () => {
    const query = 'query Small { node(id: "1") { id } } query Big { nodes(first: 100) { id } }';
    expect(complexityOf(query, {}, 'Small')).toBe(2);
  });
});

describe('the limits in Apollo Server', () => {
  const server = new ApolloServer({
    schema,
    validationRules: validationRules(),
    plugins: [costPlugin()],
  });
  afterAll(() => server.stop());

  async function refusal(query: string) {
    const response = await server.executeOperation({ query });
    const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
    return { status: response.http.status, errors: body?.errors };
  }

  it('answers a too-deep operation with HTTP 400 and the limit', async () => {
    expect(await refusal(nested(13))).toStrictEqual({
      status: 400,
      errors: [
        {
          message: 'Operation depth 13 exceeds the maximum of 10',
          locations: [{ line: 1, column: 1 }],
          extensions: {
            code: 'GRAPHQL_VALIDATION_FAILED',
            limit: 'depth',
            maximum: 10,
            actual: 13,
          },
        },
      ],
    });
  });

  it('answers a too-complex operation with HTTP 400 and the limit', async () => {
    const { status, errors } = await refusal('{ nodes(first: 20000) { children { id } } }');
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions).toStrictEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'complexity',
      maximum: 400_000,
      actual: 1 + 20000 * (1 + 20 * 1),
    });
  });

  it('runs an operation within the limits', async () => {
    expect(await refusal('{ node(id: "1") { id } }')).toStrictEqual({
      status: undefined,
      errors: undefined,
    });
  });
});
