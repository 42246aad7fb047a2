import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { findStatements, type StatementsQuery } from '../../graph/statements.repository';
import { SPEECH_ACT_TYPES, speechActTypesOf, type RelationType } from '../../vocabulary';
import { toConnection, toPage } from '../common/pagination.args';
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

@Resolver()
export class StatementResolver {
  @Query(() => StatementConnection, {
    description:
      'Who said what: speech acts with their speakers, what they are about, premises and evidence. An unknown actor, target or documentId is NOT_FOUND.',
  })
  async statements(@Args() args: StatementsArgs, @Ctx() { db }: GraphQLContext) {
    const page = toPage(args);
    const filter = args.filter ?? { includeOfficials: true };
    const types = typesOf(filter);
    const referenced = (
      [
        ['filter.actor', filter.actor],
        ['filter.target', filter.target],
        ['filter.documentId', filter.documentId],
      ] as const
    ).flatMap(([argument, id]) => (id ? [{ argument, id }] : []));
    const query: StatementsQuery = {
      types,
      actorId: filter.actor ?? null,
      includeOfficials: filter.includeOfficials ?? true,
      targetId: filter.target ?? null,
      documentId: filter.documentId ?? null,
      jointly: filter.jointly ?? null,
      offset: page.offset,
      limit: page.first + 1,
      referenced,
    };
    const result = await findStatements(db, query);
    const [missing] = result.missing;
    if (missing) throw new NotFoundError(missing.argument, missing.id);
    const statements = result.statements.map((s) => ({
      ...s,
      target: { ...s.target, summary: s.target.name },
    }));
    return toConnection(statements, page, result.totalCount);
  }
}
