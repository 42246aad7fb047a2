import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from '../../src/config';

/** Loads a configuration from exactly these variables. */
const configFrom = (env: Record<string, string>) => loadConfig(env);

function expectConfigError(env: Record<string, string>, setting: string, message: RegExp): void {
  let thrown: unknown;
  try {
    configFrom(env);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ConfigError);
  expect((thrown as ConfigError).setting).toBe(setting);
  expect((thrown as ConfigError).message).toMatch(message);
  // One line that names the setting.
  expect((thrown as ConfigError).message).not.toContain('\n');
  expect((thrown as ConfigError).message.startsWith(`${setting}:`)).toBe(true);
}

describe('configuration', () => {
  it('defaults to the local Neo4j, port 4000, introspection on', () => {
    const config = configFrom({});
    expect(config.neo4j).toBeNull();
    expect(config.port).toBe(4000);
    expect(config.database).toBe('neo4j');
    expect(config.localBoltPort).toBe(7687);
    expect(config.introspection).toBe(true);
    expect(config.corsOrigins).toBe('*');
    expect(config.development).toBe(false);
  });

  it.each([
    'bolt://localhost:7687',
    'neo4j://db.example.org',
    'neo4j+s://abc123.databases.neo4j.io',
    'bolt+ssc://10.0.0.1:7687',
  ])('accepts %s with the official driver variable names', (uri) => {
    const config = configFrom({
      NEO4J_URI: uri,
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'kg',
    });
    expect(config.neo4j).toEqual({ uri, username: 'reader', password: 'secret', database: 'kg' });
  });

  it('refuses an unparsable NEO4J_URI', () => {
    expectConfigError({ NEO4J_URI: 'not a uri', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI', /is not a URI/);
  });

  it('refuses a scheme the driver does not speak', () => {
    expectConfigError(
      { NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' },
      'NEO4J_URI',
      /scheme "http:"/,
    );
  });

  it('requires NEO4J_PASSWORD with a remote NEO4J_URI', () => {
    expectConfigError(
      { NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' },
      'NEO4J_PASSWORD',
      /required/,
    );
  });

  it.each([
    ['PORT', '70000', /out of range/],
    ['PORT', '-1', /not a whole number/],
    ['PORT', 'http', /not a whole number/],
    ['NEO4J_LOCAL_BOLT_PORT', '65536', /out of range/],
    ['QUERY_TIMEOUT_MS', '5', /out of range/],
    ['HEAVY_OPERATION_PERCENT', '0', /out of range/],
    ['HEAVY_OPERATION_PERCENT', '101', /out of range/],
    ['GRAPHQL_COMPILE_AFTER', '-1', /not a whole number/],
  ])('refuses %s=%s', (setting, value, message) => {
    expectConfigError({ [setting]: value }, setting, message);
  });

  it('lends heavy operations one slot per core when idle, never fewer than HEAVY_OPERATION_CONCURRENCY', () => {
    expect(configFrom({}).heavyOperationIdleConcurrency).toBe(Math.max(1, availableParallelism()));
    expect(configFrom({ HEAVY_OPERATION_CONCURRENCY: '64' }).heavyOperationIdleConcurrency).toBe(
      64,
    );
    expectConfigError(
      { HEAVY_OPERATION_CONCURRENCY: '3', HEAVY_OPERATION_IDLE_CONCURRENCY: '2' },
      'HEAVY_OPERATION_IDLE_CONCURRENCY',
      /2 is out of range \(3–64\)/,
    );
  });

  it('compiles an operation the second time it runs, or never with GRAPHQL_COMPILE_AFTER=0', () => {
    expect(configFrom({}).compileAfter).toBe(1);
    expect(configFrom({ GRAPHQL_COMPILE_AFTER: '0' }).compileAfter).toBe(0);
    expect(configFrom({ GRAPHQL_COMPILE_AFTER: '3' }).compileAfter).toBe(3);
  });

  it('reads booleans strictly', () => {
    expect(configFrom({ GRAPHQL_INTROSPECTION: 'false' }).introspection).toBe(false);
    expectConfigError({ GRAPHQL_INTROSPECTION: 'maybe' }, 'GRAPHQL_INTROSPECTION', /not a boolean/);
  });

  it('reads CORS origins as a list and refuses a malformed one', () => {
    expect(
      configFrom({ CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins,
    ).toEqual(['https://a.example', 'https://b.example']);
    expectConfigError({ CORS_ORIGINS: 'https://a.example,nonsense' }, 'CORS_ORIGINS', /"nonsense"/);
  });
});
