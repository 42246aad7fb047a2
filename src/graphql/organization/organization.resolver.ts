import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { label, relType } from '../../graph/projection/cypher-builder';
import { cypher } from '../../graph/projection/field-plan';
import type { Condition } from '../../graph/nodes.repository';
import { ORGANIZATION_TYPES } from '../../vocabulary';
import { Connection } from '../common/connection';
import { projected } from '../common/projected';
import { nodeConnection } from '../common/node-connection';
import type { GraphQLContext } from '../context';
import { NestedListArgs } from '../entity/entity.args';
import { Proposition } from '../entity/kinds.type';
import { BadUserInputError } from '../errors';
import { Relation } from '../relation/relation.type';
import { OrganizationsArgs, type OrganizationFilter } from './organization.args';
import { Organization, Sector } from './organization.type';

export const OrganizationConnection = Connection(
  'Organization',
  () => Organization,
  'Organizations, ordered by English name.',
);

function organizationConditions(filter: OrganizationFilter): Condition[] {
  const conditions: Condition[] = [];
  const { ids, organizationType, sector, name } = filter;
  const includeNarrowerSectors = filter.includeNarrowerSectors ?? true;
  if (ids) conditions.push((n, p) => `${n}.id IN ${p.builder.param(ids)}`);
  if (organizationType) {
    if (!(ORGANIZATION_TYPES as readonly string[]).includes(organizationType)) {
      throw new BadUserInputError(
        'filter.organizationType',
        `must be one of ${ORGANIZATION_TYPES.join(', ')}`,
      );
    }
    conditions.push((n, p) => `${n}.organizationType = ${p.builder.param(organizationType)}`);
  }
  if (sector) {
    // SKOS broader: an organization active in uranium is active in energy (uranium → energy
    // resources → energy); zero BROADER steps is the sector itself.
    const steps = includeNarrowerSectors ? '*0..' : '*0..0';
    conditions.push(
      (n, p) =>
        `EXISTS { MATCH (${n})-[:${relType('ACTIVE_IN')}]->(:${label('Sector')})-[:${relType('BROADER')}${steps}]->(:Entity {id: ${p.builder.param(sector)}}) }`,
    );
  }
  if (name) {
    conditions.push((n, p) => {
      const value = p.builder.param(name);
      return `(${n}.nameJa CONTAINS ${value} OR toLower(${n}.nameEn) CONTAINS toLower(${value}) OR any(a IN ${n}.aliases WHERE toLower(a) CONTAINS toLower(${value})))`;
    });
  }
  return conditions;
}

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
    const filter = args.filter ?? {};
    return nodeConnection(db, info, args, {
      kind: 'Organization',
      conditions: organizationConditions(filter),
      orderBy: ['nameEn'],
      referencedIds: filter.sector ? [{ argument: 'filter.sector', id: filter.sector }] : [],
    });
  }

  @FieldResolver(() => [Relation], {
    description: 'The sectors it is ACTIVE_IN (each relation’s `to`), with the words that say so.',
  })
  @cypher({ kind: 'relations', direction: 'OUT', types: ['ACTIVE_IN'], otherKinds: ['Sector'] })
  sectors(
    @Root() root: object,
    @Args() _args: NestedListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }
}

@Resolver(() => Sector)
export class SectorResolver {
  @FieldResolver(() => [Relation], {
    description:
      'The organizations ACTIVE_IN it (each relation’s `from`), with the words that say so.',
  })
  @cypher({
    kind: 'relations',
    direction: 'IN',
    types: ['ACTIVE_IN'],
    otherKinds: ['Organization'],
  })
  organizations(
    @Root() root: object,
    @Args() _args: NestedListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }
}

@Resolver(() => Proposition)
export class PropositionResolver {
  @FieldResolver(() => [Relation], {
    description: 'The entities it involves (INVOLVES, with a `role` qualifier).',
  })
  @cypher({ kind: 'relations', direction: 'OUT', types: ['INVOLVES'] })
  involves(
    @Root() root: object,
    @Args() _args: NestedListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }
}
