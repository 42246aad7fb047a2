import type { GraphQLResolveInfo } from 'graphql';
import {
  Args,
  ArgsType,
  Ctx,
  Field,
  Float,
  Info,
  Int,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { searchNodes } from '../../graph/search.repository';
import { NodeKind } from '../common/enums';
import { PageInfo } from '../common/connection';
import { PageArgs, toConnection, toPage } from '../common/pagination.args';
import { nestedSelection, selects } from '../common/projected';
import type { GraphQLContext } from '../context';
import { Entity } from '../entity/entity.interface';

@ArgsType()
class SearchArgs extends PageArgs {
  @Field(() => String, {
    description:
      'Words in Japanese or English (ウラン, uranium, JOGMEC). Japanese is matched by character bigrams, English by words; Lucene operators are searched as plain characters.',
  })
  text!: string;

  @Field(() => [NodeKind], { nullable: true, description: 'Only nodes of these kinds.' })
  kinds?: NodeKind[] | null;
}

@ObjectType({ description: 'One search hit with its cursor and relevance.' })
class SearchEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Entity)
  node!: Entity;

  @Field(() => Float, {
    description: 'Lucene relevance; higher is better. Comparable only within one search.',
  })
  score!: number;
}

@ObjectType({ description: 'Search hits, best first (ties by id).' })
class SearchConnection {
  @Field(() => [SearchEdge])
  edges!: SearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many nodes match in all.' })
  totalCount!: number;
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      'Full-text search over names, aliases, descriptions and clause text (ja and en), with a relevance score.',
  })
  async search(
    @Args() args: SearchArgs,
    @Ctx() { db }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = toPage(args);
    const { items, totalCount } = await searchNodes(db, nestedSelection(info, ['edges', 'node']), {
      text: args.text,
      kinds: args.kinds,
      after: page.after,
      limit: page.first + 1,
      withTotalCount: selects(info, 'totalCount'),
    });
    const connection = toConnection(items, page, totalCount);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({
        cursor: e.cursor,
        node: e.node.node,
        score: e.node.score,
      })),
    };
  }
}
