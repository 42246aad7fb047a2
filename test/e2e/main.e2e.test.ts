import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

/**
 * `node dist/main.js` as `npm start` runs it, against the test Neo4j (NEO4J_URI from the global
 * setup, so nothing local is started): one-line failures, and a clean stop on SIGTERM.
 */
const MAIN = path.join(PROJECT_ROOT, 'dist', 'main.js');

interface Run {
  readonly child: ChildProcess;
  readonly exit: Promise<number | null>;
  output(): { stdout: string; stderr: string };
}

function runMain(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, SEED_ON_START: 'false', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit, output: () => ({ stdout, stderr }) };
}

async function waitFor(run: Run, pattern: RegExp, withinMs = 20_000): Promise<RegExpMatchArray> {
  for (let i = 0; i < withinMs / 100; i++) {
    const match = pattern.exec(run.output().stdout);
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${pattern} in ${JSON.stringify(run.output())}`);
}

describe('the API process', () => {
  beforeAll(() => {
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      { cwd: PROJECT_ROOT },
    );
  }, 120_000);

  it('exits non-zero with one line naming the failure when the password is wrong', async () => {
    const run = runMain({ NEO4J_PASSWORD: 'wrong-password' });
    expect(await run.exit).toBe(1);
    const lines = run.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Cannot start: Neo4j at bolt:\/\/\S+ refused the credentials \(check NEO4J_USERNAME and NEO4J_PASSWORD\)$/,
    );
  });

  it('exits non-zero with one line naming a bad setting', async () => {
    const run = runMain({ PORT: '70000' });
    expect(await run.exit).toBe(1);
    expect(run.output().stderr.trim()).toBe(
      'Cannot start: Invalid configuration: PORT: 70000 is out of range (0–65535)',
    );
  });

  it('exits non-zero with one line when Neo4j does not answer', async () => {
    const run = runMain({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(await run.exit).toBe(1);
    expect(run.output().stderr.trim()).toBe(
      'Cannot start: Neo4j at bolt://127.0.0.1:1 is not reachable',
    );
  });

  it('serves /graphql and /health at once, says ready on /ready once the query plans are warm, and stops cleanly on SIGTERM', async () => {
    const run = runMain({});
    const [, url] = await waitFor(run, /GraphQL API serving at (\S+)/);
    const base = url!.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const graphql = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(await graphql.json()).toStrictEqual({ data: { health: { status: 'ok' } } });
    // A fresh Neo4j plans the warm-up's queries for about 20 s; one that planned them before, less.
    await waitFor(run, /Query plans warmed up in \d+ ms/, 90_000);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toStrictEqual({ status: 'ready', neo4j: true });
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.output().stdout).toContain('SIGTERM: shutting down');
  }, 120_000);
});
