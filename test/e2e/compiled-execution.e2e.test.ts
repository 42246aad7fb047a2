import { buildClientSchema, getIntrospectionQuery, introspectionFromSchema } from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { OperationGenerator } from '../fuzz/operation-generator';
import { executionsIn } from '../../src/server/metrics';
import { startTestServer, useSeededApi } from '../support/server';

/**
 * An operation runs on graphql-js the first time Apollo sees it and compiled (graphql-jit) from
 * the second time on (src/graphql/compiled-execution.ts). Whatever is asked, the compiled answer
 * is the interpreted one: the same data, the same errors with the same paths and codes, the same
 * HTTP status. The operations are the fuzzer's (random fields, arguments, aliases, fragments on
 * abstract types, bad values), plus the cases graphql-jit implements apart from graphql-js.
 */
describe('compiled execution of repeated operations', () => {
  const suite = useSeededApi();

  async function ask(query: string, variables?: Record<string, unknown>) {
    const response = await fetch(suite.api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }

  const executions = async (baseUrl = suite.api.baseUrl) =>
    executionsIn(await (await fetch(`${baseUrl}/metrics`)).text());

  /** Asks twice; returns both answers and how the second one ran. */
  async function twice(query: string, variables?: Record<string, unknown>) {
    const first = await ask(query, variables);
    const before = await executions();
    const second = await ask(query, variables);
    const after = await executions();
    return { first, second, compiled: after.compiled - before.compiled };
  }

  it('runs an operation compiled the second time and answers as the first time', async () => {
    const query = `query Refs { clause(id: "jp-kz-2006#preamble__para_2") {
      references { to { id __typename ... on Document { signedOn { value } } } evidence { quote } } } }`;
    const { first, second, compiled } = await twice(query);
    expect(compiled).toBe(1);
    expect(first.status).toBe(200);
    expect(
      (first.body as { data: { clause: { references: unknown[] } } }).data.clause.references.length,
    ).toBeGreaterThan(0);
    expect(second).toStrictEqual(first);
  });

  it('answers variables, @skip/@include inside fragments and aliases alike', async () => {
    const query = `query Orgs($n: Int!, $withSectors: Boolean!, $bare: Boolean!) {
      organizations(first: $n) { edges { node { id ...Sectors x: name { en } } } } }
      fragment Sectors on Organization {
        sectors(first: 3) @include(if: $withSectors) { to { id } }
        name @skip(if: $bare) { ja } }`;
    for (const variables of [
      { n: 5, withSectors: true, bare: false },
      { n: 3, withSectors: false, bare: true },
    ]) {
      const { first, second, compiled } = await twice(query, variables);
      expect(compiled).toBe(1);
      expect(first.status).toBe(200);
      expect(second).toStrictEqual(first);
    }
  });

  it('reads a variable’s default in nested arguments alike (the projection reads them from info)', async () => {
    const query = `query Defaults($n: Int = 20, $m: Int = 1) {
      organizations(first: $n) { edges { node { id sectors(first: $m) { to { id } } } } } }`;
    const { first, second, compiled } = await twice(query, {});
    expect(compiled).toBe(1);
    type Answer = { data: { organizations: { edges: Array<{ node: { sectors: unknown[] } }> } } };
    const sectors = (body: unknown) =>
      (body as Answer).data.organizations.edges.map((e) => e.node.sectors.length);
    expect(sectors(first.body)).toHaveLength(20);
    expect(second).toStrictEqual(first);
    // The defaults did cut the nested lists: given explicitly larger, they are longer.
    const wider = await ask(query, { m: 25 });
    expect(Math.max(...sectors(second.body))).toBe(1);
    expect(Math.max(...sectors(wider.body))).toBeGreaterThan(1);
  });

  it('answers introspection (what GraphiQL and code generators ask) alike once compiled', async () => {
    const { first, second, compiled } = await twice(getIntrospectionQuery());
    expect(compiled).toBe(1);
    expect(first.status).toBe(200);
    expect(JSON.stringify(first.body)).toContain('"name":"Organization"');
    expect(second).toStrictEqual(first);
  });

  it('refuses a bad variable with the same 400 BAD_USER_INPUT once the operation is compiled', async () => {
    const query = 'query Page($n: Int!) { organizations(first: $n) { edges { node { id } } } }';
    await twice(query, { n: 2 });
    const refused = await ask(query, { n: 'two' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT' } }],
    });
    // The same refusal graphql-js gives an operation it has not seen (another text, same columns).
    const fresh = await ask(`${query} # not seen before`, { n: 'two' });
    expect(refused).toStrictEqual(fresh);
  });

  it('answers 300 generated operations alike, compiled or not', async () => {
    const schema = buildClientSchema(introspectionFromSchema(await buildGraphQLSchema()));
    const generator = new OperationGenerator(schema, 20261127);
    let compiledRuns = 0;
    const differing: string[] = [];
    for (let i = 0; i < 300; i++) {
      const operation = generator.next();
      const { first, second, compiled } = await twice(operation);
      compiledRuns += compiled;
      if (JSON.stringify(second) !== JSON.stringify(first)) differing.push(operation);
    }
    expect(differing).toStrictEqual([]);
    // Refused operations (complexity, depth, validation) never execute; most others compile.
    expect(compiledRuns).toBeGreaterThan(100);
  }, 120_000);

  async function modesAfter(env: Record<string, string>, asks: number) {
    const api = await startTestServer(suite.db, env);
    try {
      const query = '{ organizations(first: 3) { edges { node { id } } } }';
      const answers = [];
      for (let i = 0; i < asks; i++) answers.push(await api.graphql(query));
      for (const answer of answers) expect(answer).toStrictEqual(answers[0]);
      return await executions(api.baseUrl);
    } finally {
      await api.server.stop();
    }
  }

  it('compiles an operation after GRAPHQL_COMPILE_AFTER runs on graphql-js', async () => {
    expect(await modesAfter({ GRAPHQL_COMPILE_AFTER: '2' }, 4)).toEqual({
      interpreted: 2,
      compiled: 2,
    });
  });

  it('never compiles with GRAPHQL_COMPILE_AFTER=0', async () => {
    expect(await modesAfter({ GRAPHQL_COMPILE_AFTER: '0' }, 3)).toEqual({
      interpreted: 3,
      compiled: 0,
    });
  });
});
