import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { ClauseResolver } from './clause/clause.resolver';
import { DocumentResolver, SectionResolver } from './document/document.resolver';
import { CalendarDateResolver } from './entity/calendar-date.resolver';
import { EntityResolver } from './entity/entity.resolver';
import * as kinds from './entity/kinds.type';
import {
  OrganizationResolver,
  PropositionResolver,
  SectorResolver,
} from './organization/organization.resolver';
import { Organization, Sector } from './organization/organization.type';
import { RelationResolver } from './relation/relation.resolver';
import { SearchResolver } from './search/search.resolver';
import { StatementResolver } from './statement/statement.resolver';
import { SubgraphResolver } from './subgraph/subgraph.resolver';
import { HealthResolver } from './system/health.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  HealthResolver,
  SubgraphResolver,
  EntityResolver,
  DocumentResolver,
  SectionResolver,
  ClauseResolver,
  OrganizationResolver,
  SectorResolver,
  PropositionResolver,
  RelationResolver,
  CalendarDateResolver,
  SearchResolver,
  TimelineResolver,
  StatementResolver,
];

/** Every node kind has a GraphQL type, reachable through the Entity interface even if no field names it. */
const KIND_TYPES = [...Object.values(kinds), Organization, Sector];

/** The executable schema; type-graphql validates arguments with class-validator. */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, orphanedTypes: KIND_TYPES, validate: true });
}
