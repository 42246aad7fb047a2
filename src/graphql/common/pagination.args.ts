import { ArgsType, Field, Int } from 'type-graphql';
import { decodeCursor, encodeCursor } from '../../graph/projection/cursors';
import { BadUserInputError } from '../errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return: 1 to ${MAX_PAGE_SIZE}.`,
  })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (a previous page’s endCursor).',
  })
  after?: string | null;
}

export interface Page {
  readonly first: number;
  /** The previous page's endCursor; decoded (and checked) by the list's query. */
  readonly after: string | null;
}

/** Checks `first`; a bad value is BAD_USER_INPUT naming the argument. */
export function toPage(args: { first?: number | null; after?: string | null }): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `must be between 1 and ${MAX_PAGE_SIZE} (got ${first})`);
  }
  return { first, after: args.after ?? null };
}

/** Edges and pageInfo from one page of rows (fetched with first + 1 to see if more follow). */
export function toConnection<T>(
  rows: ReadonlyArray<{ item: T; cursor: string }>,
  page: Page,
  totalCount: number | null,
) {
  const edges = rows.slice(0, page.first).map(({ item, cursor }) => ({ cursor, node: item }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/**
 * For a list whose query pages by position (statements: cypher/statements/find-statements.cypher):
 * the cursor holds the item's position, still opaque, named per list and checked on decode.
 */
export function toOffsetPage(
  args: { first?: number | null; after?: string | null },
  list: string,
): Page & { offset: number } {
  const page = toPage(args);
  if (page.after === null) return { ...page, offset: 0 };
  const [position] = decodeCursor(page.after, list, ['number']) as [number];
  if (!Number.isInteger(position) || position < 0 || position > MAX_CURSOR_POSITION) {
    throw new BadUserInputError('after', `"${page.after}" is not a cursor of this list`);
  }
  return { ...page, offset: position + 1 };
}

/** Far beyond any list, far below Neo4j's 64-bit integers. */
const MAX_CURSOR_POSITION = 1_000_000_000;

export function toOffsetConnection<T>(
  rows: readonly T[],
  page: Page & { offset: number },
  totalCount: number | null,
  list: string,
) {
  return toConnection(
    rows.map((item, i) => ({ item, cursor: encodeCursor(list, [page.offset + i]) })),
    page,
    totalCount,
  );
}
