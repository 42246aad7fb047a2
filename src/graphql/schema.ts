import 'reflect-metadata';
import { assertInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { ClauseResolver } from './clause/clause.resolver';
import { DocumentResolver, SectionResolver } from './document/document.resolver';
import { CalendarDateResolver } from './entity/calendar-date.resolver';
import { readProjection, readsProjection } from './common/projected';
import { entityTypeOf } from './entity/entity.interface';
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

/**
 * The executable schema. Arguments are checked where they are mapped to queries (the args
 * modules, pagination.args.ts, the projection's nested `first`: BAD_USER_INPUT naming the
 * argument), not by class-validator, which no args class uses: type-graphql's `validate` would
 * run it on every resolver call with arguments, finding nothing, and make each such call
 * asynchronous (S2's nested `sectors(first)` and `organizations(first)` took about 7 % more CPU
 * with it).
 */
export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  readPlainFieldsDirectly();
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    orphanedTypes: KIND_TYPES,
    validate: false,
  });
  resolveEntityTypesSynchronously(schema);
  readProjectedListsDirectly(schema);
  return schema;
}

/**
 * Every answer below a root field is already shaped by its one Cypher query, so a plain field is a
 * property read. type-graphql wraps each one in a resolver that exists to run middlewares and
 * auth checks, of which this API has none; `simpleResolvers` (type-graphql's documented switch,
 * set here for every type instead of on each class) lets graphql-js read the property itself.
 * A field with a @FieldResolver keeps its resolver.
 */
function readPlainFieldsDirectly(): void {
  const metadata = getMetadataStorage();
  for (const type of [...metadata.objectTypes, ...metadata.interfaceTypes]) {
    type.simpleResolvers ??= true;
  }
}

/**
 * type-graphql turns every `resolveType` into an async function, so each entity in an answer
 * (a relation's `from` and `to`, every search hit) cost graphql-js a promise and a trip through
 * the microtask queue. The type is the entity's kind, known at once: answer it synchronously.
 */
function resolveEntityTypesSynchronously(schema: GraphQLSchema): void {
  assertInterfaceType(schema.getType('Entity')).resolveType = entityTypeOf;
}

/**
 * A nested list below a root field is read from its projection (ReadsProjection): its resolver
 * is that read, without the arguments object type-graphql would build for each parent.
 */
function readProjectedListsDirectly(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (readsProjection(field)) field.resolve = readProjection;
    }
  }
}
