import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * Relay connections (https://relay.dev/graphql/connections.htm): `edges { cursor node }`,
 * `pageInfo`, `totalCount`. Cursors are opaque; clients pass `endCursor` back as `after`.
 */
@ObjectType({ description: 'Where a page of a connection sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number | null;
}

/** Builds the `<Name>Connection` and `<Name>Edge` types for a node type. */
export function Connection<T extends object>(
  name: string,
  nodeType: () => ClassType<T> | object,
  description: string,
) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this edge; pass it as `after`.' })
    cursor!: string;

    @Field(nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [Edge], { description: 'This page, in the documented stable order.' })
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description:
        'How many items match in all pages (counted in the database, not by loading them).',
    })
    totalCount!: number;
  }
  return ConnectionType;
}
