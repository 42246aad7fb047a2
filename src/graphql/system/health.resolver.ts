import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { Health } from './health.type';

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: 'Liveness of the API and reachability of Neo4j.' })
  async health(@Ctx() { db }: GraphQLContext): Promise<Health> {
    const neo4j = await db.isReachable();
    return { status: neo4j ? 'ok' : 'degraded', neo4j, database: db.name };
  }
}
