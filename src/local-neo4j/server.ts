import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from '../config';
import { localPaths, type LocalPaths } from './paths';
import { isRunning, readPid, sleep } from './process';
import { ensureJars, ensurePassword, javaLauncher, NEO4J_USERNAME, writeConfig } from './provision';

/**
 * The project's own Neo4j: fetched, configured, started, awaited and stopped by the project, so a
 * fresh machine needs nothing installed by hand beyond Java and Maven.
 */

export interface LocalNeo4j extends Neo4jConnection {
  /** True when this call started the server; only then should its caller stop it. */
  readonly startedHere: boolean;
}

export interface StartOptions {
  readonly boltPort: number;
  readonly log?: (line: string) => void;
  readonly paths?: LocalPaths;
  /** How long to wait for Bolt to answer. */
  readonly timeoutMs?: number;
  /**
   * Called just before this call launches Neo4j, so that a caller interrupted while waiting for
   * Bolt (Ctrl-C during start-up) knows the server is its to stop.
   */
  readonly onLaunch?: () => void;
}

/** Process name Neo4j's server runs as; guards against a stale pid reused by another program. */
const SERVER_MAIN_CLASS = 'org.neo4j.server';

export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4j> {
  const paths = options.paths ?? localPaths();
  const log = options.log ?? ((line: string) => console.error(line));
  const timeoutMs = options.timeoutMs ?? 120_000;

  return withLock(paths, timeoutMs, async () => {
    await ensureJars(paths, log);
    const java = javaLauncher(paths);
    const connection = {
      uri: `bolt://127.0.0.1:${options.boltPort}`,
      username: NEO4J_USERNAME,
      database: 'neo4j',
    };

    const running = runningPid(paths);
    if (running !== undefined) {
      const password = readPassword(paths);
      await waitForBolt({ ...connection, password }, timeoutMs);
      return { ...connection, password, startedHere: false };
    }

    fs.rmSync(paths.pidFile, { force: true }); // stale, from a killed run
    writeConfig(paths, options.boltPort);
    const password = await ensurePassword(paths, java);
    const started = Date.now();
    options.onLaunch?.();
    await java.server(['start']);
    try {
      await waitForBolt({ ...connection, password }, timeoutMs);
    } catch (error) {
      // A server that never answered must not outlive the start that launched it.
      await java.server(['stop']).catch(() => undefined);
      throw error;
    }
    log(`Neo4j is up at ${connection.uri} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return { ...connection, password, startedHere: true };
  });
}

/** Stops the local server if it runs; resolves once it has exited. */
export async function stopLocalNeo4j(
  options: { paths?: LocalPaths; log?: (line: string) => void } = {},
): Promise<boolean> {
  const paths = options.paths ?? localPaths();
  const log = options.log ?? ((line: string) => console.error(line));
  return withLock(paths, 120_000, async () => {
    const pid = runningPid(paths);
    if (pid === undefined) {
      fs.rmSync(paths.pidFile, { force: true });
      return false;
    }
    // The official launcher sends SIGTERM and waits for a clean shutdown (store flushed).
    await javaLauncher(paths).server(['stop']);
    while (isRunning(pid, SERVER_MAIN_CLASS)) await sleep(100);
    log('Neo4j stopped');
    return true;
  });
}

export function runningPid(paths: LocalPaths = localPaths()): number | undefined {
  const pid = readPid(paths.pidFile);
  return pid !== undefined && isRunning(pid, SERVER_MAIN_CLASS) ? pid : undefined;
}

function readPassword(paths: LocalPaths): string {
  try {
    return fs.readFileSync(paths.passwordFile, 'utf8').trim();
  } catch {
    throw new Error(
      `Neo4j runs but ${paths.passwordFile} is missing; stop it and delete ${paths.base}`,
    );
  }
}

/** Polls until Bolt accepts these credentials. Wrong credentials fail at once, not at the timeout. */
export async function waitForBolt(connection: Neo4jConnection, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const driver = neo4j.driver(
      connection.uri,
      neo4j.auth.basic(connection.username, connection.password),
      { connectionTimeout: 2_000, logging: undefined },
    );
    try {
      await driver.verifyConnectivity({ database: connection.database });
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('Neo.ClientError.Security')) throw error;
      if (Date.now() > deadline) {
        throw new Error(`Neo4j did not answer on ${connection.uri} within ${timeoutMs / 1000} s`);
      }
      await sleep(250);
    } finally {
      await driver.close();
    }
  }
}

/**
 * One start or stop at a time across processes: an exclusive lock file holding the owner's pid.
 * A lock whose owner died (a killed run) is taken over. The owner itself may enter again (a stop
 * on Ctrl-C while its own start waits for Bolt).
 */
async function withLock<T>(
  paths: LocalPaths,
  timeoutMs: number,
  work: () => Promise<T>,
): Promise<T> {
  fs.mkdirSync(paths.base, { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = fs.openSync(paths.lockFile, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readPid(paths.lockFile);
      if (owner === process.pid) return work();
      if (owner === undefined || !isRunning(owner)) {
        takeOverStaleLock(paths.lockFile, owner);
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`another process (pid ${owner}) holds ${paths.lockFile}`);
      }
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(paths.lockFile, { force: true });
  }
}

/**
 * Moves a dead owner's lock aside. A rename succeeds for one process only; if what it moved was
 * a fresh lock another process took in the meantime, that lock is put back.
 */
function takeOverStaleLock(lockFile: string, deadOwner: number | undefined): void {
  const aside = `${lockFile}.${process.pid}.stale`;
  try {
    fs.renameSync(lockFile, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else moved it
    throw error;
  }
  const moved = readPid(aside);
  if (moved !== undefined && moved !== deadOwner && isRunning(moved)) {
    try {
      fs.writeFileSync(lockFile, String(moved), { flag: 'wx' });
    } catch {
      // Taken again already: the new owner holds it.
    }
  }
  fs.rmSync(aside, { force: true });
}
