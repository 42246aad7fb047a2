import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { dayInterval, wikidataPrecision } from '../../graph/calendar';
import type { DatePrecision } from '../../vocabulary';
import { CalendarDate } from './kinds.type';

type ProjectedDate = Record<string, unknown>;
const interval = (root: ProjectedDate) =>
  dayInterval(root.value as string, root.precision as DatePrecision)!;

/** Fields computed from the date's value and precision: no query. */
@Resolver(() => CalendarDate)
export class CalendarDateResolver {
  @FieldResolver(() => Int)
  wikidataPrecision(@Root() root: ProjectedDate): number {
    return wikidataPrecision(root.precision as DatePrecision);
  }

  @FieldResolver(() => String)
  earliest(@Root() root: ProjectedDate): string {
    return interval(root).earliest;
  }

  @FieldResolver(() => String)
  latest(@Root() root: ProjectedDate): string {
    return interval(root).latest;
  }
}
