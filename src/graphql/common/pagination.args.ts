import { ArgsType, Field, Int } from 'type-graphql';
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
  readonly offset: number;
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

/** Checks `first` and decodes `after`; a bad value is BAD_USER_INPUT naming the argument. */
export function toPage(args: { first?: number | null; after?: string | null }): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `must be between 1 and ${MAX_PAGE_SIZE} (got ${first})`);
  }
  if (args.after === undefined || args.after === null) return { first, offset: 0 };
  const decoded = Buffer.from(args.after, 'base64url').toString();
  const offset = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw new BadUserInputError(
      'after',
      `"${args.after}" is not a cursor of this API (use a pageInfo.endCursor)`,
    );
  }
  return { first, offset: offset + 1 };
}

/** Edges and pageInfo from one page of rows (fetched with first + 1 to see if more follow). */
export function toConnection<T>(rows: T[], page: Page, totalCount: number | null) {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
