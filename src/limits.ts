import { availableParallelism } from 'node:os';

/**
 * Every limit and default of the API in one place, with the reason for its value. Layers import
 * their numbers from here; the settings an operator may change (config.ts) take their defaults
 * from here too, so the README, the schema's argument descriptions and the checks cannot drift.
 */

/**
 * What one operation may ask of the API; anything more is refused before execution with
 * GRAPHQL_VALIDATION_FAILED and `extensions: { limit, maximum, actual }`.
 *
 * - depth 10: the graph is recursive (statements → entities → relations → entities …), so
 *   unbounded nesting is unbounded Neo4j work. Ten levels cover any real path through the
 *   domain with room to spare; introspection is exempt.
 * - aliases 30: enough to ask for a few dozen named lookups in one request, too few to repeat
 *   an expensive field hundreds of times (alias batching).
 * - complexity 400000: about the number of values a response may hold (each field 1, a list
 *   multiplies its children by the items it can return, a subgraph by its node and edge limits,
 *   each export format selected by the nodes and edges it writes, 5 values each). Every query at
 *   the default page sizes and limits must pass: three nested lists (20 organizations × 25
 *   sectors × 25 organizations, README use 2) cost ~66000, the default `graph` with every node and
 *   edge field ~180000, the default
 *   `graph` in every export format with its nodes and edges ~265000 (the explorer asks that). Three nested lists of 100 (over 10^6) and aliased copies of a large
 *   subgraph are refused.
 * - defaultFirst 20: what a `first` argument without a schema default costs.
 */
export const OPERATION_LIMITS = {
  depth: 10,
  aliases: 30,
  complexity: 400_000,
  defaultFirst: 20,
} as const;

/**
 * The response-size budget and the heavy-operation queue (RESPONSE_BUDGET_BYTES,
 * HEAVY_OPERATION_BYTES, HEAVY_OPERATION_CONCURRENCY, HEAVY_OPERATION_PERCENT override them).
 *
 * - budgetBytes 40 MiB: the estimated size of everything an operation can return (leaves at their
 *   typical size, a document's text at 64 KiB, subgraph exports at their measured bytes per node
 *   and edge, CSV included, lists at their page size). The default `graph` (2000 nodes, 10000
 *   edges) in all four export formats (~33 MiB) fits, as does the largest
 *   (5000 nodes) in one format; the largest in three formats (~70 MiB) does not, nor do aliased
 *   copies of a large export.
 * - heavyBytes 1 MiB: an operation that can return more runs in the heavy queue.
 * - heavyConcurrency 1: heavy operations running at once; the rest wait (within their deadline),
 *   so that building and serialising megabytes never starves the light queries: one heavy
 *   operation at a time takes at most one core (Neo4j's or Node's) of a 2-core machine.
 * - heavyIdleConcurrency, one per core: heavy operations running at once while no light operation
 *   is in flight or ended within `heavyQuietMs` (1 s). With no light work to protect, one at a
 *   time left a core idle whenever the one running waited for Neo4j: a client reading whole
 *   documents over 16 connections got 18 answers/s where the floor got 38.
 * - heavyLendFactor 4: only operations estimated at most 4 × heavyBytes take those lent slots.
 *   A light operation arriving after the quiet shares the cores with them until they end: a whole
 *   document (1.5 MB estimated) ends in ~50 ms, a whole-graph export in every format (~33 MiB) in
 *   a second. Lent to everything, the attack of `npm run bench:abuse` (which pauses its light
 *   clients for 2 s) took the light query's p99 under attack to 2.80× its p99 alone, against
 *   2.40× never lent and 2.26× lent only to short operations (runs of the same hour).
 * - heavyPercent 50: while light operations are in flight, a stream of heavy operations runs at
 *   most half the time; after each, its slot rests as long as it ran, or until no light operation
 *   is left (heavy-queue.ts). Their query, decoding and export building
 *   share the cores with the light operations' Neo4j and event loop, so the light ones are
 *   slowed by the heavy stream's share, not by its length (npm run bench:abuse).
 */
export const RESPONSE_LIMITS = {
  budgetBytes: 40 * 1024 * 1024,
  heavyBytes: 1024 * 1024,
  heavyConcurrency: 1,
  heavyIdleConcurrency: Math.max(1, availableParallelism()),
  heavyQuietMs: 1_000,
  heavyLendFactor: 4,
  heavyPercent: 50,
} as const;

/** Bounds of the subgraph arguments; a value outside is BAD_USER_INPUT naming the argument. */
export const SUBGRAPH_LIMITS = {
  depth: { min: 1, max: 3, default: 1 },
  neighborhoodLimit: { min: 1, max: 1000, default: 200 },
  maxLength: { min: 1, max: 6, default: 4 },
  graphLimit: { min: 1, max: 5000, default: 2000 },
  activeInDepth: { min: 1, max: 4, default: 2 },
} as const;

/** Edges a subgraph may hold per node its `limit` allows: a guard, far above this graph's ratio (~3). */
export const EDGES_PER_NODE = 5;

/**
 * Time limits. Every request ends within QUERY_TIMEOUT_MS plus `deadlineMarginMs`, whatever
 * Neo4j does: Neo4j stops the transaction at the timeout, the driver gives up acquiring a
 * connection by then, and the API stops waiting at the deadline.
 */
export const TIME_LIMITS = {
  queryTimeoutMs: 10_000,
  deadlineMarginMs: 1_000,
  /** GET /ready answers within this, 503 when Neo4j has not answered by then. */
  readyMs: 2_000,
  /** Opening a TCP connection to Neo4j. */
  connectMs: 5_000,
} as const;

/** The largest HTTP body /graphql reads. */
export const BODY_LIMIT = { bytes: 100 * 1024, label: '100 kB' } as const;
