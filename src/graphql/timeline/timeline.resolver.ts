import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, Info, ObjectType, Query, Resolver } from 'type-graphql';
import { dayInterval } from '../../graph/calendar';
import { timeline } from '../../graph/timeline.repository';
import { Connection } from '../common/connection';
import { NodeKind } from '../common/enums';
import { PageArgs, toConnection, toPage } from '../common/pagination.args';
import { nestedSelection, operationOf, selects } from '../common/projected';
import type { GraphQLContext } from '../context';
import { Entity } from '../entity/entity.interface';
import { CalendarDate } from '../entity/kinds.type';
import { BadUserInputError } from '../errors';
import { Relation } from '../relation/relation.type';

@ObjectType({
  description: 'A dated fact: an event held on, or a document signed on or in force from, a date.',
})
export class TimelineEntry {
  @Field(() => CalendarDate)
  date!: CalendarDate;

  @Field(() => Entity, { description: 'What is dated: an event, a document …' })
  subject!: Entity;

  @Field(() => Relation, {
    description: 'The relation to the date (HELD_ON, SIGNED_ON …), with its evidence.',
  })
  relation!: Relation;

  @Field(() => String, { description: 'First day the date covers.' })
  earliest!: string;

  @Field(() => String, { description: 'Last day the date covers.' })
  latest!: string;
}

export const TimelineConnection = Connection(
  'TimelineEntry',
  () => TimelineEntry,
  'Dated facts in date order: by first day, then the wider date first (2005 before 2005-11 before 2005-11-28).',
);

@ArgsType()
class TimelineArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Window start: YYYY, YYYY-MM or YYYY-MM-DD (its first day).',
  })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Window end: YYYY, YYYY-MM or YYYY-MM-DD (its last day).',
  })
  to?: string | null;

  @Field(() => [NodeKind], {
    nullable: true,
    description: 'Only subjects of these kinds (Event, Document …).',
  })
  kinds?: NodeKind[] | null;
}

function windowBound(argument: 'from' | 'to', value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const interval = dayInterval(value);
  if (!interval)
    throw new BadUserInputError(
      argument,
      `"${value}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  return argument === 'from' ? interval.earliest : interval.latest;
}

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineConnection, {
    description: 'Dated events and documents in date order, honouring each date’s precision.',
  })
  async timeline(
    @Args() args: TimelineArgs,
    @Ctx() { db }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = toPage(args);
    const from = windowBound('from', args.from);
    const to = windowBound('to', args.to);
    if (from && to && from > to)
      throw new BadUserInputError('to', `the window ends (${to}) before it starts (${from})`);
    const part = (name: string) => nestedSelection(info, ['edges', 'node', name]);
    const result = await timeline(
      db,
      {
        operation: operationOf(info),
        date: part('date'),
        subject: part('subject'),
        relation: part('relation'),
      },
      {
        from,
        to,
        kinds: args.kinds,
        after: page.after,
        limit: page.first + 1,
        withTotalCount: selects(info, 'totalCount'),
      },
    );
    return toConnection(result.items, page, result.totalCount);
  }
}
