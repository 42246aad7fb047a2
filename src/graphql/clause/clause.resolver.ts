import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { cypher } from '../../graph/projection/field-plan';
import { clauseList } from '../../graph/filters';
import { findNode } from '../../graph/nodes.repository';
import { Connection } from '../common/connection';
import { projected, selectionOf } from '../common/projected';
import { nodeConnection } from '../common/node-connection';
import type { GraphQLContext } from '../context';
import { AssertedArgs, NestedListArgs } from '../entity/entity.args';
import { Relation } from '../relation/relation.type';
import { ClausesArgs } from './clause.args';
import { Clause } from './clause.type';

export const ClauseConnection = Connection(
  'Clause',
  () => Clause,
  'Clauses in reading order (document id, then position).',
);

@Resolver(() => Clause)
export class ClauseResolver {
  @Query(() => Clause, {
    nullable: true,
    description: 'A clause by id (`jp-kz-2006#preamble__para_2`); null when unknown.',
  })
  clause(
    @Arg('id', () => ID) id: string,
    @Ctx() { db }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return findNode(db, selectionOf(info), id, 'Clause');
  }

  @Query(() => ClauseConnection, {
    description:
      'Clauses matching a filter, in reading order. A filter naming an unknown document or entity is NOT_FOUND.',
  })
  clauses(
    @Args() args: ClausesArgs,
    @Ctx() { db }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nodeConnection(db, info, args, clauseList(args.filter ?? {}));
  }

  @FieldResolver(() => [Relation], {
    description: 'The documents and agreements it cites (REFERENCES), each with the quote.',
  })
  @cypher({ kind: 'relations', direction: 'OUT', types: ['REFERENCES'] })
  references(
    @Root() root: object,
    @Args() _args: NestedListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }

  @FieldResolver(() => [Relation], {
    description: 'The entities it names (MENTIONS), each with the name as written.',
  })
  @cypher({ kind: 'relations', direction: 'OUT', types: ['MENTIONS'] })
  mentions(
    @Root() root: object,
    @Args() _args: NestedListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }

  @FieldResolver(() => [Relation], {
    description:
      'Every relation whose evidence lies in this clause: what its words assert (speech acts, references, dates …), in text order.',
  })
  @cypher({ kind: 'snippet', name: 'assertedRelations' })
  asserts(
    @Root() root: object,
    @Args() _args: AssertedArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }
}
