import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Whether the API and its database answer.' })
export class Health {
  @Field(() => String, { description: '"ok" when Neo4j answers, "degraded" when it does not.' })
  status!: 'ok' | 'degraded';

  @Field(() => Boolean, { description: 'True when Neo4j answered a connectivity check just now.' })
  neo4j!: boolean;

  @Field(() => String, { description: 'The Neo4j database this API reads.' })
  database!: string;
}
