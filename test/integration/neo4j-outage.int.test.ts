import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { connectDatabase, type Database } from '../../src/db/database';
import { PROJECT_ROOT } from '../../src/project-root';
import { localPaths, type LocalPaths } from '../../src/local-neo4j/paths';
import { runningPid, startLocalNeo4j, stopLocalNeo4j } from '../../src/local-neo4j/server';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Bounded waits against a real Neo4j that freezes (SIGSTOP) and dies (SIGKILL). The Neo4j here is
 * a disposable one of this test's own (its home under .neo4j-chaos/, its own Bolt port), never
 * the one the other tests use. Every request must end by QUERY_TIMEOUT_MS plus the margin with
 * SERVICE_UNAVAILABLE; /ready must answer within 2 s; once /ready says ready, queries succeed.
 */
const QUERY_TIMEOUT_MS = 4_000;
const MARGIN_MS = 1_000;
/** Scheduling slack on a busy machine: what the bounds may be overshot by, not a speed target. */
const SLACK_MS = 2_500;
const BOLT_PORT = Number(process.env.NEO4J_CHAOS_BOLT_PORT ?? loadConfig().localBoltPort + 10);

/** A Neo4j home of its own, with the project's jars hard-linked (no download, no disk). */
function disposableHome(): LocalPaths {
  const root = fs.mkdtempSync(path.join(PROJECT_ROOT, '.neo4j-chaos', 'run-'));
  fs.cpSync(path.join(PROJECT_ROOT, 'neo4j'), path.join(root, 'neo4j'), { recursive: true });
  const paths = localPaths(root);
  const shared = localPaths().lib;
  if (fs.existsSync(path.join(shared, '.complete'))) {
    fs.mkdirSync(paths.lib, { recursive: true });
    for (const jar of fs.readdirSync(shared)) {
      fs.linkSync(path.join(shared, jar), path.join(paths.lib, jar));
    }
  }
  return paths;
}

describe('a Neo4j that freezes and dies', () => {
  fs.mkdirSync(path.join(PROJECT_ROOT, '.neo4j-chaos'), { recursive: true });
  const paths = disposableHome();
  let pid: number | undefined;
  let frozen = false;
  let db: Database;
  let api: TestServer;

  const start = async () => {
    const local = await startLocalNeo4j({ boltPort: BOLT_PORT, paths, log: () => undefined });
    pid = runningPid(paths);
    return local;
  };

  beforeAll(async () => {
    const local = await start();
    db = await connectDatabase(local, {
      queryTimeoutMs: QUERY_TIMEOUT_MS,
      deadlineMarginMs: MARGIN_MS,
    });
    api = await startTestServer(db);
    await warmUp();
  }, 300_000);

  /** A fresh server plans and compiles its first queries slowly: not what is tested here. */
  async function warmUp(): Promise<void> {
    for (let i = 0; i < 20; i++) if ((await query()).code === 'ok') break;
    await untilReady();
  }

  afterAll(async () => {
    if (frozen && pid) process.kill(pid, 'SIGCONT');
    await api?.server.stop();
    await db?.close();
    await stopLocalNeo4j({ paths, log: () => undefined }).catch(() => undefined);
    fs.rmSync(path.dirname(paths.base), { recursive: true, force: true });
  }, 120_000);

  /** Times one request; returns its duration and the error code (or 'ok'). */
  async function timed(run: () => Promise<string>): Promise<{ ms: number; code: string }> {
    const started = Date.now();
    const code = await run();
    return { ms: Date.now() - started, code };
  }
  const query = () =>
    timed(async () => {
      const { errors } = await api.graphql('{ entity(id: "japan") { id } }');
      return (errors?.[0]?.extensions?.code as string | undefined) ?? 'ok';
    });
  const ready = () => timed(async () => String((await fetch(`${api.baseUrl}/ready`)).status));

  it('answers while Neo4j is up', async () => {
    expect((await query()).code).toBe('ok');
    expect((await ready()).code).toBe('200');
  });

  it('ends every request by the deadline with SERVICE_UNAVAILABLE while Neo4j is frozen', async () => {
    process.kill(pid!, 'SIGSTOP');
    frozen = true;
    // Several at once: in flight together, then new ones while the first still hang on the pool.
    const answers = await Promise.all([query(), query(), query(), ready()]);
    const later = await Promise.all([query(), ready()]);
    for (const { ms, code } of [...answers.slice(0, 3), later[0]!]) {
      expect(code).toBe('SERVICE_UNAVAILABLE');
      expect(ms).toBeLessThan(QUERY_TIMEOUT_MS + MARGIN_MS + SLACK_MS);
    }
    for (const { ms, code } of [answers[3]!, later[1]!]) {
      expect(code).toBe('503');
      expect(ms).toBeLessThan(2_000 + SLACK_MS);
    }
  }, 60_000);

  it('answers again as soon as /ready says ready after the freeze ends', async () => {
    process.kill(pid!, 'SIGCONT');
    frozen = false;
    await untilReady();
    expect((await query()).code).toBe('ok');
  }, 60_000);

  it('answers SERVICE_UNAVAILABLE when Neo4j is killed, and queries succeed once it is back and ready', async () => {
    process.kill(pid!, 'SIGKILL');
    const down = await query();
    expect(down.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.ms).toBeLessThan(QUERY_TIMEOUT_MS + MARGIN_MS + SLACK_MS);
    expect((await ready()).code).toBe('503');

    await start();
    await untilReady();
    // The first query after ready, and those right after it, find a working connection.
    const after = [await query(), await query(), await query()];
    expect(after.map(({ code }) => code)).toStrictEqual(['ok', 'ok', 'ok']);
  }, 300_000);

  async function untilReady(): Promise<void> {
    for (let i = 0; i < 240; i++) {
      if ((await ready()).code === '200') return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('Neo4j did not become ready');
  }
});
