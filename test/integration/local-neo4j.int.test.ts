import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localPaths, type LocalPaths } from '../../src/local-neo4j/paths';
import { runningPid, stopLocalNeo4j } from '../../src/local-neo4j/server';

/**
 * What a killed run leaves behind must not block the next one. These tests use a scratch home,
 * so the Neo4j the other tests use is never touched.
 */
describe('the local Neo4j after a killed run', () => {
  let paths: LocalPaths;
  /** A pid that belonged to a process which has exited. */
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

  beforeEach(() => {
    paths = localPaths(fs.mkdtempSync(path.join(os.tmpdir(), 'local-neo4j-')));
    fs.mkdirSync(path.dirname(paths.pidFile), { recursive: true });
  });
  afterEach(() => fs.rmSync(path.dirname(paths.base), { recursive: true, force: true }));

  it('does not take a stale pid file for a running server, and clears it', async () => {
    fs.writeFileSync(paths.pidFile, String(deadPid()));
    expect(runningPid(paths)).toBeUndefined();
    expect(await stopLocalNeo4j({ paths, log: () => undefined })).toBe(false);
    expect(fs.existsSync(paths.pidFile)).toBe(false);
  });

  it('does not take a live process that is not Neo4j (a reused pid) for the server', () => {
    fs.writeFileSync(paths.pidFile, String(process.pid));
    expect(runningPid(paths)).toBeUndefined();
  });

  it('takes over a lock whose owner died instead of waiting for it', async () => {
    fs.writeFileSync(paths.lockFile, String(deadPid()));
    const started = Date.now();
    await stopLocalNeo4j({ paths, log: () => undefined });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(fs.existsSync(paths.lockFile)).toBe(false);
  });

  it('lets the process that holds the lock enter again (a stop on Ctrl-C during its own start)', async () => {
    fs.writeFileSync(paths.lockFile, String(process.pid));
    const started = Date.now();
    expect(await stopLocalNeo4j({ paths, log: () => undefined })).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
