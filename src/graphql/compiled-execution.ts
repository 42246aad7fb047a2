import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  execute,
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type Source,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * How Apollo Server executes operations here: an operation seen a second time is compiled by
 * graphql-jit into a function that resolves and completes exactly its selections, and runs as
 * that from then on; anything else runs on graphql-js's `execute`, as Apollo would.
 *
 * Why: every answer below a root field is already shaped by its one Cypher query, so what is left
 * of execution is graphql-js walking each field of each object generically (look up the field,
 * read arguments, complete the value, check the type). Compiled, that walk is straight-line code:
 * measured with the benchmark's whole-document read (S4, ~3,000 objects), the API process spent
 * 13 ms of CPU per answer with graphql-js and 8.6 ms compiled (the driver floor: 7.5–8.4).
 *
 * Apollo parses, validates, runs the plugins (cost limits, heavy queue, logs, cache headers) and
 * formats errors either way: its `gateway` option is the one place it accepts another executor,
 * so this is a gateway that loads the local schema and never changes it.
 *
 * - Only an operation that has run before is compiled (GRAPHQL_COMPILE_AFTER times, one by
 *   default; Mercurius's `jit` option works the same way): a one-off or hostile stream of
 *   distinct operations costs graphql-js's execution, not a compilation each. 0 turns
 *   compilation off, for an operator who meets a difference between the two engines.
 * - The compiled functions live with Apollo's parsed document (its LRU document store hands the
 *   same DocumentNode to every request with the same text), so they go when it is evicted.
 * - Variables are coerced by graphql-js first: a bad variable gets graphql-js's own error, which
 *   Apollo recognises as BAD_USER_INPUT with HTTP 400.
 */
export function compiledExecution(
  schema: GraphQLSchema,
  options: CompiledExecutionOptions = {},
): Gateway {
  const compileAfter = options.compileAfter ?? 1;
  const observe = options.observe ?? (() => undefined);
  /** Per document and operation name: its graphql-js runs so far, or what compiling it gave. */
  const operations = new WeakMap<DocumentNode, Map<string, number | Compilation>>();

  /** The operation compiled once it has run `compileAfter` times; undefined before, or never. */
  function compiledFor(document: DocumentNode, operationName: string): CompiledQuery | undefined {
    if (compileAfter === 0) return undefined;
    let byName = operations.get(document);
    if (!byName) operations.set(document, (byName = new Map()));
    const known = byName.get(operationName) ?? 0;
    if (typeof known !== 'number') return known === 'not compilable' ? undefined : known;
    if (known < compileAfter) {
      byName.set(operationName, known + 1);
      return undefined;
    }
    const result = compileQuery(schema, document, operationName || undefined, {
      // graphql-js's @skip/@include semantics inside fragment spreads (graphql-jit PR 197).
      useExperimentalPathBasedSkipInclude: true,
    });
    const compiled = isCompiledQuery(result) ? result : 'not compilable';
    byName.set(operationName, compiled);
    return compiled === 'not compilable' ? undefined : compiled;
  }

  const executor: Executor = async ({ document, operation, context, request }) => {
    const variableValues = request.variables ?? {};
    const operationName = request.operationName ?? undefined;
    const query = operation && compiledFor(document, operationName ?? '');
    observe(query ? 'compiled' : 'interpreted');
    if (!query) {
      return execute({ schema, document, contextValue: context, variableValues, operationName });
    }
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues);
    if (coerced.errors) return { errors: coerced.errors };
    const result = await query.query(undefined, context, variableValues);
    if (!result.errors) return result;
    return { ...result, errors: result.errors.map((e) => asGraphQLError(e, document.loc?.source)) };
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}

/**
 * graphql-jit's errors imitate graphql-js's (same prototype) but not its invariants: `extensions`
 * is undefined when the thrown error had none, which Apollo's error formatting does not survive,
 * and there are no nodes or positions, only `locations`. So each becomes a real GraphQLError with
 * what graphql-js would have given it: the same message, path, locations, original error and
 * extensions (its own or the original's).
 */
function asGraphQLError(error: GraphQLError, source: Source | undefined): GraphQLError {
  const positions =
    source && error.locations?.map(({ line, column }) => offsetOf(source.body, line, column));
  return new GraphQLError(error.message, {
    source: positions?.length ? source : undefined,
    positions,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
}

/** The offset in `body` of a 1-based line and column (the inverse of graphql-js's getLocation). */
function offsetOf(body: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = body.slice(offset).search(/\r\n|[\n\r]/);
    if (next < 0) break;
    offset += next + (body.startsWith('\r\n', offset + next) ? 2 : 1);
  }
  return offset + column - 1;
}

export type ExecutionMode = 'compiled' | 'interpreted';

type Compilation = CompiledQuery | 'not compilable';

export interface CompiledExecutionOptions {
  /**
   * How many times an operation runs on graphql-js before it is compiled (GRAPHQL_COMPILE_AFTER,
   * default 1: compiled the second time); 0 never compiles, everything runs on graphql-js.
   */
  readonly compileAfter?: number;
  /** Told how each operation ran (GET /metrics counts them). */
  readonly observe?: (mode: ExecutionMode) => void;
}
