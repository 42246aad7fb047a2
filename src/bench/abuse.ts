/**
 * `npm run bench:abuse`: the amplification attack of issue 8 beside a stream of light queries.
 * Prints the light queries' latency alone and under attack, and what the attack got. Loopback
 * only (the server listens on 127.0.0.1, port 0); every loop is bounded by a request count.
 * Numbers, not assertions (target: p99 ratio under 3×). The "alone" and "under attack" phases
 * alternate ROUNDS times in the same run, so a machine shared with other work slows both alike;
 * the server's event-loop delay (perf_hooks.monitorEventLoopDelay) is read per phase.
 *
 * Server, attackers and the light client run in three processes, as they would in life: in one
 * process the clients' own work (reading megabytes of answers) would delay the light queries.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { buildGraphQLSchema } from '../graphql/schema';
import { seedIfMissing } from '../ingest/seed';
import { startLocalNeo4j, stopLocalNeo4j } from '../local-neo4j/server';
import { startHttpServer } from '../server/http';

/** Light requests per phase; phases alternate alone / under attack ROUNDS times. */
const LIGHT_REQUESTS = 150;
const ROUNDS = 3;
const LIGHT_CONCURRENCY = 2;
const WARM_UP_REQUESTS = 1_500;
const ATTACKERS = 6;
/**
 * The attack runs twice per round: its clients at the light client's priority, and at nice 19.
 * In life the attackers' machines are not the server's; here their own work (reading megabytes
 * of answers) takes a share of the same two cores from the server and from the light client,
 * which says little about the server. At nice 19 they get what the server and the light client
 * leave, which isolates what the server does under the attack it lets in.
 */
const ATTACKER_NICE = [0, 19] as const;
/** Requests each attacker sends at most (the attack also stops when the light stream ends). */
const ATTACK_REQUESTS = 200;

const LIGHT =
  '{ clause(id: "jp-kz-2006#preamble__para_2") { references { to { id } evidence { quote } } } }';

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** The issue's attack and its variants: refused outright, or run within the budget and queued. */
const ATTACKS: Record<string, string> = {
  '30 × graph(limit: 5000) { cytoscape graphml gexf }': aliases(
    30,
    'graph(limit: 5000) { cytoscape graphml gexf }',
  ),
  '30 × graph(limit: 300) { cytoscape graphml gexf }': aliases(
    30,
    'graph(limit: 300) { cytoscape graphml gexf }',
  ),
  'graph { cytoscape graphml gexf } (largest allowed)': '{ graph { cytoscape graphml gexf } }',
  '30 × neighborhood(id: "japan", depth: 3, limit: 1000) { nodes edges }': aliases(
    30,
    'neighborhood(id: "japan", depth: 3, limit: 1000) { nodes { id properties } edges { id properties } }',
  ),
};

interface Outcome {
  status: number;
  code: string;
  bytes: number;
  ms: number;
}

async function post(url: string, query: string): Promise<Outcome> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? 'ok';
  return { status: response.status, code, bytes: text.length, ms };
}

/** `total` light requests, `concurrency` at a time; their latencies in ms. */
async function lightStream(url: string, total: number, concurrency: number): Promise<number[]> {
  const latencies: number[] = [];
  let sent = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < total) {
        sent += 1;
        const outcome = await post(url, LIGHT);
        if (outcome.code !== 'ok') throw new Error(`light query failed: ${outcome.code}`);
        latencies.push(outcome.ms);
      }
    }),
  );
  return latencies;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};

type Stats = Record<string, { count: number; bytes: number; ms: number }>;

/** The server's event-loop delay over a phase, in ms. */
interface LoopDelay {
  mean: number;
  p99: number;
  max: number;
}

/** Child process: the API on 127.0.0.1, port 0; sends its URL, serves until told to stop. */
async function serve(): Promise<void> {
  const config = loadConfig();
  const local = config.neo4j
    ? undefined
    : await startLocalNeo4j({ boltPort: config.localBoltPort });
  const db = await connectDatabase(config.neo4j ?? local!, {
    queryTimeoutMs: config.queryTimeoutMs,
  });
  await seedIfMissing(db, () => undefined);
  const server = await startHttpServer(
    { ...config, host: '127.0.0.1', port: 0, development: false, logLevel: 'silent' },
    await buildGraphQLSchema(),
    db,
  );
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  process.send!({ url: server.url });
  // 'reset' starts a phase, 'read' ends it with the event-loop delay seen meanwhile (ms).
  process.on('message', (message) => {
    if (message === 'reset') return loop.reset();
    if (message === 'read') {
      const ms = (ns: number) => ns / 1e6;
      const delay: LoopDelay = {
        mean: ms(loop.mean),
        p99: ms(loop.percentile(99)),
        max: ms(loop.max),
      };
      return process.send!(delay);
    }
    void (async () => {
      await server.stop();
      await db.close();
      if (local?.startedHere) await stopLocalNeo4j();
      process.exit(0);
    })();
  });
}

/** Child process: ATTACKERS clients cycling through ATTACKS until told to stop; sends stats. */
async function attack(url: string): Promise<void> {
  let attacking = true;
  process.once('message', () => (attacking = false));
  const stats: Stats = {};
  const names = Object.keys(ATTACKS);
  await Promise.all(
    Array.from({ length: ATTACKERS }, async (_, attacker) => {
      for (let i = 0; i < ATTACK_REQUESTS && attacking; i++) {
        const name = names[(attacker + i) % names.length]!;
        const outcome = await post(url, ATTACKS[name]!);
        const key = `${name} → ${outcome.status} ${outcome.code}`;
        const seen = stats[key] ?? { count: 0, bytes: 0, ms: 0 };
        stats[key] = {
          count: seen.count + 1,
          bytes: seen.bytes + outcome.bytes,
          ms: seen.ms + outcome.ms,
        };
      }
    }),
  );
  process.send!(stats);
  process.exit(0);
}

/** The next message a child sends; leaves no listener behind. */
function nextMessage<T>(child: ReturnType<typeof fork>): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      child.off('exit', onExit);
      resolve(message as T);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`child exited with ${code}`));
    };
    child.once('message', onMessage);
    child.once('exit', onExit);
  });
}

interface Phase {
  latencies: number[];
  loop: LoopDelay[];
}

/** One phase: the server's loop delay reset, `LIGHT_REQUESTS` light queries, the delay read. */
async function phase(
  server: ReturnType<typeof fork>,
  url: string,
  into: Phase,
  during?: () => Promise<void>,
): Promise<void> {
  server.send('reset');
  await during?.();
  into.latencies.push(...(await lightStream(url, LIGHT_REQUESTS, LIGHT_CONCURRENCY)));
  const delay = nextMessage<LoopDelay>(server);
  server.send('read');
  into.loop.push(await delay);
}

async function main(): Promise<void> {
  const server = fork(__filename, ['serve']);
  try {
    const { url } = await nextMessage<{ url: string }>(server);
    // Warm-up: Neo4j and V8 compile their hot paths over the first thousand queries; a cold
    // server would flatter the ratio with a slow "alone" phase.
    await lightStream(url, WARM_UP_REQUESTS, LIGHT_CONCURRENCY);
    const alone: Phase = { latencies: [], loop: [] };
    const underAttack = ATTACKER_NICE.map((): Phase => ({ latencies: [], loop: [] }));
    const outcomes: Stats = {};
    for (let round = 0; round < ROUNDS; round++) {
      await phase(server, url, alone);
      for (const [i, nice] of ATTACKER_NICE.entries()) {
        const attacker = fork(__filename, ['attack', url]);
        if (nice) setPriority(attacker.pid!, nice);
        const stats = nextMessage<Stats>(attacker);
        // Let the attack reach full strength before measuring.
        await phase(server, url, underAttack[i]!, () => new Promise((r) => setTimeout(r, 2_000)));
        attacker.send('stop');
        for (const [key, seen] of Object.entries(await stats)) {
          const total = outcomes[key] ?? { count: 0, bytes: 0, ms: 0 };
          outcomes[key] = {
            count: total.count + seen.count,
            bytes: total.bytes + seen.bytes,
            ms: total.ms + seen.ms,
          };
        }
      }
    }
    console.log(
      `light query, ${ROUNDS} × ${LIGHT_REQUESTS} requests per phase, ${LIGHT_CONCURRENCY} at a time, ` +
        `phases alternating; attack: ${ATTACKERS} clients`,
    );
    const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
    const worst = (loops: LoopDelay[], key: keyof LoopDelay) =>
      Math.max(...loops.map((loop) => loop[key]));
    const row = (label: string, { latencies, loop }: Phase) =>
      console.log(
        `  ${label.padEnd(36)} p50 ${ms(percentile(latencies, 0.5))}   p99 ${ms(percentile(latencies, 0.99))}` +
          `   event-loop delay: mean ${ms(loop.reduce((sum, l) => sum + l.mean, 0) / loop.length)}` +
          `, p99 ${ms(worst(loop, 'p99'))}, max ${ms(worst(loop, 'max'))}`,
      );
    row('alone', alone);
    for (const [i, nice] of ATTACKER_NICE.entries()) {
      const attacked = underAttack[i]!;
      row(`under attack${nice ? `, attackers at nice ${nice}` : ''}`, attacked);
      const ratio = percentile(attacked.latencies, 0.99) / percentile(alone.latencies, 0.99);
      console.log(`  p99 ratio      ${ratio.toFixed(2)}× (target < 3×)`);
    }
    const slice = (p: Phase, round: number) =>
      p.latencies.slice(round * LIGHT_REQUESTS, (round + 1) * LIGHT_REQUESTS);
    for (let round = 0; round < ROUNDS; round++) {
      const attacked = underAttack.map((p) => ms(percentile(slice(p, round), 0.99))).join(' /');
      console.log(
        `  round ${round + 1}: p99 alone ${ms(percentile(slice(alone, round), 0.99))}, under attack (nice ${ATTACKER_NICE.join(' / ')}) ${attacked}`,
      );
    }
    console.log('\nattack requests (operation → status code: count, mean ms, mean kB)');
    for (const [key, { count, bytes, ms: total }] of Object.entries(outcomes).sort()) {
      console.log(
        `  ${key}: ${count}, ${(total / count).toFixed(0)} ms, ${(bytes / count / 1024).toFixed(1)} kB`,
      );
    }
  } finally {
    server.send('stop');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

const [mode, url] = process.argv.slice(2);
const run = mode === 'serve' ? serve() : mode === 'attack' ? attack(url!) : main();
run.catch((error: unknown) => {
  console.error(`bench:abuse failed: ${(error as Error).message}`);
  process.exit(1);
});
