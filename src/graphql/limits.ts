import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type ValidationRule } from 'graphql';
import { OPERATION_LIMITS, RESPONSE_LIMITS } from '../limits';
import type { GraphQLContext } from './context';
import { ERROR_CODES } from './errors';
import { HeavyQueue } from './rules/heavy-queue';
import { knownOperationTypeRule } from './rules/known-operation-type.rule';
import { maxAliasesRule } from './rules/max-aliases.rule';
import { measureComplexity, measureResponseBytes, runnableOperation } from './rules/max-complexity';
import { maxDepthRule } from './rules/max-depth.rule';
import { operationLimitError } from './rules/operation-limit-error';

/** The numbers live in src/limits.ts, with the reasons for their values. */
export { OPERATION_LIMITS, RESPONSE_LIMITS };

/** Operation type, depth and alias checks: properties of the document alone, validated once. */
export function validationRules(): ValidationRule[] {
  return [
    knownOperationTypeRule(),
    maxDepthRule(OPERATION_LIMITS.depth),
    maxAliasesRule(OPERATION_LIMITS.aliases),
  ];
}

export interface CostOptions {
  readonly maximumComplexity: number;
  /** The largest response an operation may be estimated to return, in bytes. */
  readonly responseBudgetBytes: number;
  /** Operations estimated above this run in the heavy queue. */
  readonly heavyBytes: number;
  readonly heavyQueue: HeavyQueue;
  /** How long an operation may wait for a heavy slot when its context carries no deadline. */
  readonly defaultWaitMs?: number;
}

export const DEFAULT_COST_OPTIONS = (): CostOptions => ({
  maximumComplexity: OPERATION_LIMITS.complexity,
  responseBudgetBytes: RESPONSE_LIMITS.budgetBytes,
  heavyBytes: RESPONSE_LIMITS.heavyBytes,
  heavyQueue: heavyQueue({
    concurrency: RESPONSE_LIMITS.heavyConcurrency,
    idleConcurrency: RESPONSE_LIMITS.heavyIdleConcurrency,
    percent: RESPONSE_LIMITS.heavyPercent,
  }),
});

/** The heavy queue for these settings (config.ts or RESPONSE_LIMITS), with the fixed quiet period. */
export function heavyQueue(settings: {
  readonly concurrency: number;
  readonly idleConcurrency: number;
  readonly percent: number;
}): HeavyQueue {
  return new HeavyQueue(
    settings.concurrency,
    settings.percent / 100,
    settings.idleConcurrency,
    RESPONSE_LIMITS.heavyQuietMs,
  );
}

/**
 * The cost limits: complexity (values) and the response-size budget (bytes), then the heavy
 * queue. Both estimates depend on variables (`first: $n`, `limit: $n`), which validation rules
 * never see, and Apollo caches validated documents; so they are checked per request once the
 * operation is resolved, before anything runs. Apollo answers an error thrown there with a 500
 * unless it carries `http.status` (which Apollo strips from the response), so refusals are given
 * the 400 of a validation error; a heavy operation that found no slot before its deadline is 503.
 */
export function costPlugin(
  options: CostOptions = DEFAULT_COST_OPTIONS(),
): ApolloServerPlugin<Partial<GraphQLContext>> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      let releaseLight: (() => void) | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          const check = {
            schema,
            document,
            operation,
            variables: request.variables,
            defaultFirst: OPERATION_LIMITS.defaultFirst,
          };
          const runnable = runnableOperation(check);
          if (runnable === undefined) return;
          const { complexity, bytes } = costOf({ ...check, operation: runnable });
          if (complexity === null || complexity > options.maximumComplexity) {
            throw refusal(
              operationLimitError('complexity', options.maximumComplexity, complexity, [runnable]),
            );
          }
          if (bytes === null || bytes > options.responseBudgetBytes) {
            throw refusal(
              operationLimitError('responseSize', options.responseBudgetBytes, bytes, [runnable]),
            );
          }
          if (contextValue.cost) Object.assign(contextValue.cost, { complexity, bytes });
          if (bytes <= options.heavyBytes) {
            // In flight until its response is sent: heavy slots rest only while one is.
            releaseLight = options.heavyQueue.light();
            return;
          }
          const deadline = contextValue.deadline;
          const waitMs =
            deadline === undefined ? (options.defaultWaitMs ?? 10_000) : deadline - Date.now();
          const lendable = bytes <= options.heavyBytes * RESPONSE_LIMITS.heavyLendFactor;
          const granted = await options.heavyQueue.acquire(waitMs, lendable);
          if (granted === false) {
            throw new GraphQLError(
              'Too many large operations are running; try again later, or ask for less',
              {
                extensions: {
                  code: ERROR_CODES.SERVICE_UNAVAILABLE,
                  http: { status: 503 },
                },
              },
            );
          }
          release = granted;
          if (contextValue.cost) contextValue.cost.heavy = true;
        },
        async willSendResponse() {
          release?.();
          releaseLight?.();
        },
      };
    },
  };
}

interface Costs {
  readonly complexity: number | null;
  readonly bytes: number | null;
}

/**
 * Apollo hands the same parsed document to every request that sends the same text, so the
 * estimates are kept with it (per operation and variables): a client that repeats a refused
 * operation in a loop costs a lookup, not two walks of its selections.
 */
const costCache = new WeakMap<DocumentNode, Map<string, Costs>>();
const COSTS_PER_DOCUMENT = 16;

function costOf(check: Parameters<typeof measureComplexity>[0]): Costs {
  const key = `${check.operation?.name?.value ?? ''}\u0000${JSON.stringify(check.variables ?? {})}`;
  let costs = costCache.get(check.document);
  const known = costs?.get(key);
  if (known) return known;
  const measured = { complexity: measureComplexity(check), bytes: measureResponseBytes(check) };
  if (!costs) costCache.set(check.document, (costs = new Map()));
  if (costs.size < COSTS_PER_DOCUMENT) costs.set(key, measured);
  return measured;
}

function refusal(error: GraphQLError): GraphQLError {
  error.extensions.http = { status: 400 };
  return error;
}

/**
 * The complexity of a list field that takes no `first` (a document's sections, a section's
 * clauses, the documents naming a node): the estimator cannot read a page size, so it is told
 * the list's typical bound, or such lists would cost 1 however much they nest.
 */
export const UNPAGED_LIST_BOUND = 25;
export const unpagedListComplexity = ({ childComplexity }: { childComplexity: number }): number =>
  1 + UNPAGED_LIST_BOUND * childComplexity;
