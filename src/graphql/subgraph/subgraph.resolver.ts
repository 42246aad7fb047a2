import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { toCytoscape, toGexf, toGraphML } from '../../graph/export';
import {
  findGraph,
  findNeighborhood,
  findOrganizationSectorGraph,
  findShortestPath,
  type SubgraphData,
} from '../../graph/subgraph.repository';
import { JSONObject } from '../common/scalars';
import type { GraphQLContext } from '../context';
import { NotFoundError } from '../errors';
import {
  GraphArgs,
  NeighborhoodArgs,
  OrganizationSectorGraphArgs,
  PathArgs,
  toGraphQuery,
  toNeighborhoodQuery,
  toOrganizationSectorQuery,
  toPathQuery,
} from './subgraph.args';
import { Subgraph } from './subgraph.type';

/** Subgraphs for graph viewers: one query each; the exports are computed from the result. */
@Resolver(() => Subgraph)
export class SubgraphResolver {
  @Query(() => Subgraph, {
    nullable: true,
    description:
      'The nodes within `depth` steps of a node (either direction) and every edge among them; ' +
      'null when no node has the id.',
  })
  neighborhood(
    @Args() args: NeighborhoodArgs,
    @Ctx() { db }: GraphQLContext,
  ): Promise<SubgraphData | null> {
    return findNeighborhood(db, toNeighborhoodQuery(args));
  }

  @Query(() => Subgraph, {
    nullable: true,
    description:
      'A shortest path between two nodes, in either direction: its nodes and edges in order from ' +
      '`from` to `to`. When no path of at most `maxLength` steps exists, the two nodes and no ' +
      'edges. Null when either id is unknown.',
  })
  path(@Args() args: PathArgs, @Ctx() { db }: GraphQLContext): Promise<SubgraphData | null> {
    return findShortestPath(db, toPathQuery(args));
  }

  @Query(() => Subgraph, {
    description:
      'The whole graph, or what one document contributed. NOT_FOUND when `filter.documentId` ' +
      'names no document.',
  })
  async graph(@Args() args: GraphArgs, @Ctx() { db }: GraphQLContext): Promise<SubgraphData> {
    const query = toGraphQuery(args);
    const subgraph = await findGraph(db, query);
    if (!subgraph) throw new NotFoundError('filter.documentId', query.documentId ?? '');
    return subgraph;
  }

  @Query(() => Subgraph, {
    description:
      'Organizations and sectors joined by ACTIVE_IN, walked from the given ones (every active ' +
      'organization when none is given), each edge with the words that assert it. NOT_FOUND when ' +
      'an id names no organization (organizationIds) or sector (sectorIds).',
  })
  async organizationSectorGraph(
    @Args() args: OrganizationSectorGraphArgs,
    @Ctx() { db }: GraphQLContext,
  ): Promise<SubgraphData> {
    const { subgraph, missing } = await findOrganizationSectorGraph(
      db,
      toOrganizationSectorQuery(args),
    );
    const [first] = missing;
    if (first) throw new NotFoundError(first.argument, first.id);
    return subgraph;
  }

  @FieldResolver(() => JSONObject, {
    description:
      'Cytoscape.js elements JSON: { elements: { nodes: [{ data }], edges: [{ data }] } }.',
  })
  cytoscape(@Root() subgraph: SubgraphData): Record<string, unknown> {
    return { ...toCytoscape(subgraph) };
  }

  @FieldResolver(() => String, { description: 'GraphML XML (yEd, Gephi, Cytoscape, NetworkX).' })
  graphml(@Root() subgraph: SubgraphData): string {
    return toGraphML(subgraph);
  }

  @FieldResolver(() => String, { description: 'GEXF 1.3 XML (Gephi).' })
  gexf(@Root() subgraph: SubgraphData): string {
    return toGexf(subgraph);
  }
}
