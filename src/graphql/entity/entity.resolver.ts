import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { BASE_KEYS, cypher, type ListPlan } from '../../graph/projection/field-plan';
import { findNode } from '../../graph/nodes.repository';
import { NODE_KINDS, type NodeKind } from '../../vocabulary';
import { BilingualText } from '../common/bilingual.type';
import { nestedConnection } from '../common/nested-connection';
import { projected, ReadsProjection, selectionOf } from '../common/projected';
import type { GraphQLContext } from '../context';
import { unpagedListComplexity } from '../limits';
import { Document } from '../document/document.type';
import { RelationConnection } from '../relation/relation-connection.type';
import { Relation } from '../relation/relation.type';
import { RelationsArgs, RelationsConnectionArgs } from './entity.args';
import { Entity } from './entity.interface';

const RELATIONS: ListPlan = { kind: 'relations' };

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, {
    nullable: true,
    description: 'Any node by its id; null when no node has it.',
  })
  entity(
    @Arg('id', () => ID) id: string,
    @Ctx() { db }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Record<string, unknown> | null> {
    return findNode(db, selectionOf(info), id);
  }

  @FieldResolver(() => [Relation], {
    description:
      'The node’s relationships, each with its type, both ends and the words that assert it; ordered by id.',
  })
  @cypher(RELATIONS)
  @ReadsProjection()
  relations(
    @Root() root: object,
    @Args() _args: RelationsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }

  @FieldResolver(() => RelationConnection, {
    description: '`relations` paged: every one, by id, with totalCount and pageInfo.',
  })
  @cypher({ kind: 'connection', of: RELATIONS })
  relationsConnection(
    @Root() root: object,
    @Args() args: RelationsConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedConnection(root, info, args);
  }

  @FieldResolver(() => [Document], {
    description: 'The loaded documents whose annotations name this node.',
    complexity: unpagedListComplexity,
  })
  @cypher({ kind: 'snippet', name: 'sourceDocuments' })
  documents(@Root() root: Record<string, unknown>): Document[] {
    return root.documents as Document[];
  }

  @FieldResolver(() => BilingualText)
  kindLabel(@Root() root: Record<string, unknown>): BilingualText {
    return NODE_KINDS[root[BASE_KEYS.kind] as NodeKind].label;
  }
}
