import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { SubgraphPresentation, type CsvFiles } from '../../graph/export';
import type { ExportFormat, ExportResults } from '../../graph/export/build-export';
import { exportBatchOf } from '../../graph/export/export-batch';
import { exportGraph } from '../../graph/export/graph-export';
import { findSchemaGraph } from '../../graph/schema-graph.repository';
import {
  findGraph,
  findNeighborhood,
  findOrganizationSectorGraph,
  findShortestPath,
  type SubgraphData,
  type SubgraphDetail,
} from '../../graph/subgraph.repository';
import { selectedFields } from '../../graph/projection/selection';
import { nestedSelection, selectionOf, selects } from '../common/projected';
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
import { Subgraph, SubgraphCsv } from './subgraph.type';

/** Presented field by field as the selection reads it (short labels, degrees, legend). */
const present = (subgraph: SubgraphData) => new SubgraphPresentation(subgraph);
const presentOrNull = (subgraph: SubgraphData | null) => subgraph && present(subgraph);

/** The subgraph fields that read every stored property of the nodes and edges. */
const EXPORT_FIELDS: readonly ExportFormat[] = ['cytoscape', 'graphml', 'gexf', 'csv'];

/**
 * A subgraph of which only exports (and `truncated`) were selected, built on an export thread
 * (graph-export.ts): its nodes and edges never reach this thread.
 */
class ExportedSubgraph {
  constructor(
    readonly truncated: boolean,
    readonly exports: Partial<ExportResults>,
  ) {}
}
type SubgraphRoot = SubgraphPresentation | ExportedSubgraph;

/** The export formats selected, when nothing but exports and `truncated` is; else undefined. */
function exportsOnly(info: GraphQLResolveInfo): ExportFormat[] | undefined {
  const { operation, type, fieldNodes } = selectionOf(info);
  const names = selectedFields(operation, type, fieldNodes).map((field) => field.name);
  const formats = EXPORT_FIELDS.filter((format) => names.includes(format));
  const rest = names.filter((name) => !(EXPORT_FIELDS as string[]).includes(name));
  const onlyExports = formats.length > 0 && rest.every((name) => name === 'truncated');
  return onlyExports ? formats : undefined;
}

/** One export of a subgraph: built already on a thread, or built now from its data. */
function exportOf<F extends ExportFormat>(
  root: SubgraphRoot,
  format: F,
): Promise<ExportResults[F]> {
  if (root instanceof ExportedSubgraph) return Promise.resolve(root.exports[format]!);
  return exportBatchOf(root.data).build(format);
}

/** Node fields that read a name; edge fields that read the evidence. */
const NAME_FIELDS = ['label', 'name', 'shortLabel'];
const EVIDENCE_FIELDS = ['evidence', 'documentId'];

/**
 * `all` when the client selected a `properties` field or an export; `drawing` when it reads
 * names or evidence; else `outline` (ids, kinds, types, ends, degrees, styles, legend). The rest
 * (evidence lists, offsets, a clause's text, names and quotes nobody reads) would only travel
 * from Neo4j to be decoded and dropped.
 */
function detailFor(info: GraphQLResolveInfo): SubgraphDetail {
  if (EXPORT_FIELDS.some((name) => selects(info, name))) return 'all';
  const fieldsOf = (list: 'nodes' | 'edges') => {
    const selection = nestedSelection(info, [list]);
    if (!selection) return [];
    return selectedFields(selection.operation, selection.type, selection.fieldNodes).map(
      (field) => field.name,
    );
  };
  const nodeFields = fieldsOf('nodes');
  const edgeFields = fieldsOf('edges');
  if (nodeFields.includes('properties') || edgeFields.includes('properties')) return 'all';
  const readsWords =
    nodeFields.some((name) => NAME_FIELDS.includes(name)) ||
    edgeFields.some((name) => EVIDENCE_FIELDS.includes(name));
  return readsWords ? 'drawing' : 'outline';
}

/**
 * Subgraphs for graph viewers: one query each, presented with the vocabulary's styles (short
 * labels, degrees, legend); the exports are computed from the result, on the export pool's
 * threads when large (src/graph/export/export-pool.ts).
 */
@Resolver(() => Subgraph)
export class SubgraphResolver {
  @Query(() => Subgraph, {
    nullable: true,
    description:
      'The nodes within `depth` steps of a node (either direction) and every edge among them; ' +
      'null when no node has the id.',
  })
  async neighborhood(
    @Args() args: NeighborhoodArgs,
    @Ctx() { db }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SubgraphPresentation | null> {
    const query = { ...toNeighborhoodQuery(args), detail: detailFor(info) };
    return presentOrNull(await findNeighborhood(db, query));
  }

  @Query(() => Subgraph, {
    nullable: true,
    description:
      'A shortest path between two nodes, in either direction: its nodes and edges in order from ' +
      '`from` to `to`. When no path of at most `maxLength` steps exists, the two nodes and no ' +
      'edges. Null when either id is unknown.',
  })
  async path(
    @Args() args: PathArgs,
    @Ctx() { db }: GraphQLContext,
  ): Promise<SubgraphPresentation | null> {
    return presentOrNull(await findShortestPath(db, toPathQuery(args)));
  }

  @Query(() => Subgraph, {
    description:
      'The whole graph, or what one document contributed. NOT_FOUND when `filter.documentId` ' +
      'names no document.',
  })
  async graph(
    @Args() args: GraphArgs,
    @Ctx() { db }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SubgraphRoot> {
    const query = toGraphQuery(args);
    const formats = exportsOnly(info);
    if (formats) {
      const exported = await exportGraph(db, query, formats);
      if (!exported) throw new NotFoundError('filter.documentId', query.documentId ?? '');
      return new ExportedSubgraph(exported.truncated, exported.exports);
    }
    const subgraph = await findGraph(db, query);
    if (!subgraph) throw new NotFoundError('filter.documentId', query.documentId ?? '');
    return present(subgraph);
  }

  @Query(() => Subgraph, {
    description:
      'The graph’s overview, against hairballs: one node per kind present (id = the kind, ' +
      '`properties.count` = its nodes) and one edge per relationship type between two kinds ' +
      '(id `<from>-<TYPE>-<to>`, `properties.count` = its relationships).',
  })
  async schemaGraph(@Ctx() { db }: GraphQLContext): Promise<SubgraphPresentation> {
    return present(await findSchemaGraph(db));
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
  ): Promise<SubgraphPresentation> {
    const { subgraph, missing } = await findOrganizationSectorGraph(
      db,
      toOrganizationSectorQuery(args),
    );
    const [first] = missing;
    if (first) throw new NotFoundError(first.argument, first.id);
    return present(subgraph);
  }

  @FieldResolver(() => JSONObject, {
    description:
      'Cytoscape.js elements JSON: { elements: { nodes: [{ data }], edges: [{ data }] } }.',
  })
  async cytoscape(@Root() subgraph: SubgraphRoot): Promise<Record<string, unknown>> {
    return { ...(await exportOf(subgraph, 'cytoscape')) };
  }

  @FieldResolver(() => String, {
    description:
      'GraphML XML (yEd, Gephi, Cytoscape, NetworkX): one key per attribute, the same ids in ' +
      'every export (kind, nameJa, nameEn, shortLabelJa, shortLabelEn, degree, color, quote …).',
  })
  graphml(@Root() subgraph: SubgraphRoot): Promise<string> {
    return exportOf(subgraph, 'graphml');
  }

  @FieldResolver(() => String, {
    description:
      'GEXF 1.3 XML (Gephi): the same attribute ids as GraphML, aliases as liststring, and ' +
      'viz:color (by kind), viz:size (by degree) and viz:shape on every node.',
  })
  gexf(@Root() subgraph: SubgraphRoot): Promise<string> {
    return exportOf(subgraph, 'gexf');
  }

  @FieldResolver(() => SubgraphCsv)
  csv(@Root() subgraph: SubgraphRoot): Promise<CsvFiles> {
    return exportOf(subgraph, 'csv');
  }
}
