import { buildSchema } from 'type-graphql';
import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { createLogger } from '../../src/server/logger';
import { startHttpServer, type RunningServer } from '../../src/server/http';
import { loadConfig } from '../../src/config';
import { useSeededApi } from '../support/server';
import type { Database } from '../../src/db/database';

/** A query whose resolver fails the way a bug does: with a plain Error carrying a secret. */
@ObjectType()
class Probe {
  @Field()
  ok!: boolean;
}
@Resolver()
class FailingResolver {
  @Query(() => Probe)
  broken(): Probe {
    throw new Error('secret cause: MATCH (n) RETURN n at /work/src/x.ts:1:1');
  }
}

/**
 * Logs: one JSON line per request with its id, operation, duration and codes; the unmasked cause
 * of every internal error, server-side only. Metrics: Prometheus text at GET /metrics.
 */
describe('logs and metrics', () => {
  const suite = useSeededApi();
  let lines: Array<Record<string, unknown>>;
  let server: RunningServer;

  async function startLogged(db: Database, schema = suite.api.server) {
    void schema;
    lines = [];
    const logger = createLogger({
      level: 'info',
      destination: { write: (line: string) => void lines.push(JSON.parse(line)) },
    });
    const config = { ...loadConfig({ LOG_LEVEL: 'info' }), port: 0 };
    return { logger, config };
  }

  afterEach(async () => server?.stop());

  async function post(url: string, query: string, headers: Record<string, string> = {}) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return { response, body: (await response.json()) as Record<string, unknown> };
  }

  it('logs each request as JSON with its id, operation, duration and result codes', async () => {
    const { logger, config } = await startLogged(suite.db);
    const { buildGraphQLSchema } = await import('../../src/graphql/schema');
    server = await startHttpServer(config, await buildGraphQLSchema(), suite.db, { logger });
    const { response } = await post(server.url, 'query Japan { entity(id: "japan") { id } }', {
      'x-request-id': 'req-42',
    });
    expect(response.headers.get('x-request-id')).toBe('req-42');
    await post(server.url, 'query Bad { documents(first: 0) { totalCount } }');
    const requests = lines.filter((line) => line.msg === 'graphql request');
    expect(requests).toEqual([
      expect.objectContaining({ reqId: 'req-42', operation: 'Japan', status: 200, codes: [] }),
      expect.objectContaining({ operation: 'Bad', codes: ['BAD_USER_INPUT'] }),
    ]);
    expect(typeof requests[0]!.durationMs).toBe('number');
    expect(requests[0]!.level).toBe(30);
  });

  it('logs the unmasked cause of an internal error and shows the client only a masked message', async () => {
    const { logger, config } = await startLogged(suite.db);
    const schema = await buildSchema({ resolvers: [FailingResolver] });
    server = await startHttpServer(config, schema, suite.db, { logger });
    const { body } = await post(server.url, 'query Boom { broken { ok } }');
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    const [logged] = lines.filter((line) => line.msg === 'internal error');
    expect(logged).toMatchObject({ level: 50, operation: 'Boom', path: ['broken'] });
    expect((logged!.err as { message: string; stack: string }).message).toContain('secret cause');
    expect((logged!.err as { stack: string }).stack).toContain('observability.e2e.test.ts');
  });

  it('serves Prometheus metrics: requests and durations by operation and code, Neo4j, pool, heap, event loop', async () => {
    await suite.api.graphql('query MetricsProbe { entity(id: "japan") { id } }');
    const response = await fetch(`${suite.api.baseUrl}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^graphql_requests_total\{operation="MetricsProbe",code="ok"\} 1$/m);
    expect(text).toMatch(
      /^graphql_request_duration_seconds_count\{operation="MetricsProbe",code="ok"\} 1$/m,
    );
    expect(text).toMatch(/^neo4j_query_duration_seconds_count\{outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^neo4j_pool_in_use \d+$/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds [\d.e-]+$/m);
    expect(text).toMatch(/^graphql_heavy_operations\{state="waiting"\} 0$/m);
  });
});
