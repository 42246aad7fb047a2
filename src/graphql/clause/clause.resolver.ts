import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { cypher, type ListPlan } from '../../graph/projection/field-plan';
import { clauseList } from '../../graph/filters';
import { findNode } from '../../graph/nodes.repository';
import { nestedConnection } from '../common/nested-connection';
import { projected, ReadsProjection, selectionOf } from '../common/projected';
import { nodeConnection } from '../common/node-connection';
import type { GraphQLContext } from '../context';
import {
  AssertedArgs,
  AssertedConnectionArgs,
  NestedConnectionArgs,
  NestedListArgs,
} from '../entity/entity.args';
import { RelationConnection } from '../relation/relation-connection.type';
import { Relation } from '../relation/relation.type';
import { ClausesArgs } from './clause.args';
import { ClauseConnection } from './clause-connection.type';
import { Clause } from './clause.type';

const REFERENCES: ListPlan = { kind: 'relations', direction: 'OUT', types: ['REFERENCES'] };
const MENTIONS: ListPlan = { kind: 'relations', direction: 'OUT', types: ['MENTIONS'] };
const ASSERTS: ListPlan = { kind: 'snippet', name: 'assertedRelations' };

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
  @cypher(REFERENCES)
  @ReadsProjection()
  references(
    @Root() root: object,
    @Args() _args: NestedListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }

  @FieldResolver(() => RelationConnection, {
    description: '`references` paged: every one, by relation id, with totalCount and pageInfo.',
  })
  @cypher({ kind: 'connection', of: REFERENCES })
  referencesConnection(
    @Root() root: object,
    @Args() args: NestedConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedConnection(root, info, args);
  }

  @FieldResolver(() => [Relation], {
    description: 'The entities it names (MENTIONS), each with the name as written.',
  })
  @cypher(MENTIONS)
  @ReadsProjection()
  mentions(
    @Root() root: object,
    @Args() _args: NestedListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }

  @FieldResolver(() => RelationConnection, {
    description: '`mentions` paged: every one, by relation id, with totalCount and pageInfo.',
  })
  @cypher({ kind: 'connection', of: MENTIONS })
  mentionsConnection(
    @Root() root: object,
    @Args() args: NestedConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedConnection(root, info, args);
  }

  @FieldResolver(() => [Relation], {
    description:
      'Every relation whose evidence lies in this clause: what its words assert (speech acts, references, dates …), in text order.',
  })
  @cypher(ASSERTS)
  @ReadsProjection()
  asserts(
    @Root() root: object,
    @Args() _args: AssertedArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }

  @FieldResolver(() => RelationConnection, {
    description:
      '`asserts` paged: every one, in text order (start, then id), with totalCount and pageInfo.',
  })
  @cypher({ kind: 'connection', of: ASSERTS })
  assertsConnection(
    @Root() root: object,
    @Args() args: AssertedConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedConnection(root, info, args);
  }
}
