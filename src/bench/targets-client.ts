import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import type { Neo4jConnection } from '../config';
import type { Json, Operation } from './operations';
import type { Target, TargetMessage } from './targets';

/** A server of the benchmark, running in its own process. */
export interface RunningTarget {
  readonly target: Target;
  readonly url: string;
  /** The server process's resident set size and heap, in bytes. */
  memory(): Promise<{ rss: number; heapUsed: number }>;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;

/** Starts one target with the Neo4j it must use; rejects with its error if it cannot start. */
export function startTarget(
  target: Target,
  connection: Neo4jConnection,
  queryTimeoutMs: number,
): Promise<RunningTarget> {
  const child = fork(path.join(__dirname, 'targets.js'), [target], {
    env: {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.username,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: connection.database,
      QUERY_TIMEOUT_MS: String(queryTimeoutMs),
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      reject(
        new Error(`${target} server did not start: ${why}${stderr ? `\n${stderr.trim()}` : ''}`),
      );
    };
    const timer = setTimeout(
      () => fail(`no answer in ${READY_TIMEOUT_MS / 1000} s`),
      READY_TIMEOUT_MS,
    );
    child.once('exit', (code) => fail(`exited with code ${code}`));
    child.on('message', (message: TargetMessage) => {
      if ('error' in message) fail(message.error);
      if ('ready' in message) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(running(target, message.ready, child));
      }
    });
  });
}

function running(target: Target, url: string, child: ChildProcess): RunningTarget {
  return {
    target,
    url,
    memory: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${target} server did not report its memory`)),
          5_000,
        );
        child.once('message', (message: TargetMessage) => {
          clearTimeout(timer);
          if ('memory' in message) resolve(message.memory);
        });
        child.send('memory');
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}

export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly ms: number;
}

/** How long one request may take before the harness gives up on it (the server's limit is less). */
const REQUEST_TIMEOUT_MS = 30_000;

/** One request of an operation to a target, over a keep-alive agent the caller owns. */
export function ask(agent: http.Agent, server: RunningTarget, op: Operation): Promise<Reply> {
  const floor = server.target === 'floor';
  const url = new URL(floor ? `${server.url}/${op.id}` : server.url);
  const body = floor
    ? ''
    : JSON.stringify({ query: server.target === 'api' ? op.api : op.library });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            ms: performance.now() - started,
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () =>
      req.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`)),
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The answer's data, or an error that names the target, the operation and what went wrong. */
export function dataOf(server: RunningTarget, op: Operation, reply: Reply): Json {
  const what = `${op.id} on ${server.target}`;
  let parsed: Json;
  try {
    parsed = JSON.parse(reply.body);
  } catch {
    throw new Error(`${what}: HTTP ${reply.status}, not JSON: ${reply.body.slice(0, 200)}`);
  }
  if (reply.status !== 200 || parsed?.errors) {
    const message = parsed?.errors?.[0]?.message ?? reply.body.slice(0, 200);
    const code = parsed?.errors?.[0]?.extensions?.code;
    throw new Error(`${what}: HTTP ${reply.status}${code ? ` ${code}` : ''}: ${message}`);
  }
  return server.target === 'floor' ? parsed : parsed.data;
}

/** Cheap success check for timed requests: status 200 and no GraphQL errors. */
export function succeeded(reply: Reply): boolean {
  return reply.status === 200 && !reply.body.includes('"errors":[');
}
