import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { cypher, type ListPlan } from '../../graph/projection/field-plan';
import { organizationList } from '../../graph/filters';
import { Connection } from '../common/connection';
import { nestedConnection } from '../common/nested-connection';
import { projected, ReadsProjection } from '../common/projected';
import { nodeConnection } from '../common/node-connection';
import type { GraphQLContext } from '../context';
import { NestedConnectionArgs, NestedListArgs } from '../entity/entity.args';
import { Proposition } from '../entity/kinds.type';
import { RelationConnection } from '../relation/relation-connection.type';
import { Relation } from '../relation/relation.type';
import { OrganizationsArgs } from './organization.args';
import { Organization, Sector } from './organization.type';

export const OrganizationConnection = Connection(
  'Organization',
  () => Organization,
  'Organizations, ordered by English name.',
);

const SECTORS: ListPlan = {
  kind: 'relations',
  direction: 'OUT',
  types: ['ACTIVE_IN'],
  otherKinds: ['Sector'],
};
const ORGANIZATIONS: ListPlan = {
  kind: 'relations',
  direction: 'IN',
  types: ['ACTIVE_IN'],
  otherKinds: ['Organization'],
};
const INVOLVES: ListPlan = { kind: 'relations', direction: 'OUT', types: ['INVOLVES'] };

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, {
    description:
      'Organizations matching a filter, ordered by English name. An unknown sector id is NOT_FOUND.',
  })
  organizations(
    @Args() args: OrganizationsArgs,
    @Ctx() { db }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nodeConnection(db, info, args, organizationList(args.filter ?? {}));
  }

  @FieldResolver(() => [Relation], {
    description: 'The sectors it is ACTIVE_IN (each relation’s `to`), with the words that say so.',
  })
  @cypher(SECTORS)
  @ReadsProjection()
  sectors(
    @Root() root: object,
    @Args() _args: NestedListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }

  @FieldResolver(() => RelationConnection, {
    description: '`sectors` paged: every one, by relation id, with totalCount and pageInfo.',
  })
  @cypher({ kind: 'connection', of: SECTORS })
  sectorsConnection(
    @Root() root: object,
    @Args() args: NestedConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedConnection(root, info, args);
  }
}

@Resolver(() => Sector)
export class SectorResolver {
  @FieldResolver(() => [Relation], {
    description:
      'The organizations ACTIVE_IN it (each relation’s `from`), with the words that say so.',
  })
  @cypher(ORGANIZATIONS)
  @ReadsProjection()
  organizations(
    @Root() root: object,
    @Args() _args: NestedListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }

  @FieldResolver(() => RelationConnection, {
    description: '`organizations` paged: every one, by relation id, with totalCount and pageInfo.',
  })
  @cypher({ kind: 'connection', of: ORGANIZATIONS })
  organizationsConnection(
    @Root() root: object,
    @Args() args: NestedConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedConnection(root, info, args);
  }
}

@Resolver(() => Proposition)
export class PropositionResolver {
  @FieldResolver(() => [Relation], {
    description: 'The entities it involves (INVOLVES, with a `role` qualifier).',
  })
  @cypher(INVOLVES)
  @ReadsProjection()
  involves(
    @Root() root: object,
    @Args() _args: NestedListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }

  @FieldResolver(() => RelationConnection, {
    description: '`involves` paged: every one, by relation id, with totalCount and pageInfo.',
  })
  @cypher({ kind: 'connection', of: INVOLVES })
  involvesConnection(
    @Root() root: object,
    @Args() args: NestedConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedConnection(root, info, args);
  }
}
