import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_NESTED_LIST, MAX_NESTED_LIST } from '../../graph/projection/project';
import { Direction, RelationType } from '../common/enums';

@ArgsType()
export class NestedListArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_NESTED_LIST,
    description: `At most this many items, 1 to ${MAX_NESTED_LIST} (each list multiplies the operation's complexity by it).`,
  })
  first: number = DEFAULT_NESTED_LIST;
}

@ArgsType()
export class RelationsArgs extends NestedListArgs {
  @Field(() => Direction, {
    defaultValue: 'BOTH',
    description: 'Relationships that start at the node (OUT), end at it (IN), or both.',
  })
  direction: Direction = 'BOTH';

  @Field(() => [RelationType], {
    nullable: true,
    description: 'Only these types (all when absent).',
  })
  types?: RelationType[] | null;
}

@ArgsType()
export class AssertedArgs extends NestedListArgs {
  @Field(() => [RelationType], {
    nullable: true,
    description: 'Only these types (all when absent).',
  })
  types?: RelationType[] | null;
}

/**
 * `after` of a connection beside a plain list (`sectorsConnection` beside `sectors`): the list's
 * own arguments and a cursor. One decorator for the three argument classes below.
 */
const afterCursor = () =>
  Field(() => String, {
    nullable: true,
    description: 'Items after this cursor (a previous page’s pageInfo.endCursor).',
  });

@ArgsType()
export class NestedConnectionArgs extends NestedListArgs {
  @afterCursor()
  after?: string | null;
}

@ArgsType()
export class RelationsConnectionArgs extends RelationsArgs {
  @afterCursor()
  after?: string | null;
}

@ArgsType()
export class AssertedConnectionArgs extends AssertedArgs {
  @afterCursor()
  after?: string | null;
}
