import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { findStatements, type StatementsQuery } from '../../graph/statements.repository';
import { SPEECH_ACT_TYPES, speechActTypesOf, type RelationType } from '../../vocabulary';
import { toOffsetConnection, toOffsetPage } from '../common/pagination.args';
import type { GraphQLContext } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { StatementsArgs, type StatementFilter } from './statement.args';
import { StatementConnection } from './statement.type';

/** The speech-act types a filter asks for: its category's, its types, or both (their overlap). */
function typesOf(filter: StatementFilter): RelationType[] {
  const notActs = (filter.types ?? []).filter((t) => !SPEECH_ACT_TYPES.includes(t));
  if (notActs.length)
    throw new BadUserInputError(
      'filter.types',
      `${notActs.join(', ')} ${notActs.length === 1 ? 'is not a speech act' : 'are not speech acts'} (expected one of ${SPEECH_ACT_TYPES.join(', ')})`,
    );
  const ofCategory = filter.category ? speechActTypesOf(filter.category) : SPEECH_ACT_TYPES;
  return filter.types?.length ? ofCategory.filter((t) => filter.types!.includes(t)) : ofCategory;
}

/** The repository's query for a `statements` request (its page already read from `after`). */
export function toStatementsQuery(
  args: StatementsArgs,
  page: { offset: number; first: number } = { offset: 0, first: args.first ?? 20 },
): StatementsQuery {
  const filter = args.filter ?? { includeOfficials: true };
  const referenced = (
    [
      ['filter.actor', filter.actor],
      ['filter.target', filter.target],
      ['filter.documentId', filter.documentId],
    ] as const
  ).flatMap(([argument, id]) => (id ? [{ argument, id }] : []));
  return {
    types: typesOf(filter),
    actorId: filter.actor ?? null,
    includeOfficials: filter.includeOfficials ?? true,
    targetId: filter.target ?? null,
    documentId: filter.documentId ?? null,
    jointly: filter.jointly ?? null,
    offset: page.offset,
    limit: page.first + 1,
    referenced,
  };
}

@Resolver()
export class StatementResolver {
  @Query(() => StatementConnection, {
    description:
      'Who said what: speech acts with their speakers, what they are about, premises and evidence. An unknown actor, target or documentId is NOT_FOUND.',
  })
  async statements(@Args() args: StatementsArgs, @Ctx() { db }: GraphQLContext) {
    const page = toOffsetPage(args, 'statements');
    const query = toStatementsQuery(args, page);
    const result = await findStatements(db, query);
    const [missing] = result.missing;
    if (missing) throw new NotFoundError(missing.argument, missing.id);
    const statements = result.statements.map((s) => ({
      ...s,
      target: { ...s.target, summary: s.target.name },
    }));
    return toOffsetConnection(statements, page, result.totalCount, 'statements');
  }
}
