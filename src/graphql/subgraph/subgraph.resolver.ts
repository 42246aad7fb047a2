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

/**
 * Lets waiting requests run before the next export is built: each takes tens of milliseconds of
 * CPU for a large subgraph, and built back to back they would hold the event loop for all of them.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

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
  async cytoscape(@Root() subgraph: SubgraphData): Promise<Record<string, unknown>> {
    await nextTurn();
    return { ...toCytoscape(subgraph) };
  }

  @FieldResolver(() => String, { description: 'GraphML XML (yEd, Gephi, Cytoscape, NetworkX).' })
  async graphml(@Root() subgraph: SubgraphData): Promise<string> {
    await nextTurn();
    return toGraphML(subgraph);
  }

  @FieldResolver(() => String, { description: 'GEXF 1.3 XML (Gephi).' })
  async gexf(@Root() subgraph: SubgraphData): Promise<string> {
    await nextTurn();
    return toGexf(subgraph);
  }
}
