import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type {
  GraphQuery,
  NeighborhoodQuery,
  OrganizationSectorQuery,
  PathQuery,
} from '../../graph/subgraph.repository';
import { RELATION_TYPE_NAMES } from '../../vocabulary';
import { NodeKind, RelationType } from '../common/enums';
import { BadUserInputError } from '../errors';

/** Bounds of the subgraph arguments; a value outside is BAD_USER_INPUT naming the argument. */
export const SUBGRAPH_LIMITS = {
  depth: { min: 1, max: 3, default: 1 },
  neighborhoodLimit: { min: 1, max: 1000, default: 200 },
  maxLength: { min: 1, max: 6, default: 4 },
  graphLimit: { min: 1, max: 5000, default: 2000 },
  activeInDepth: { min: 1, max: 4, default: 2 },
} as const;

type Bounds = { readonly min: number; readonly max: number; readonly default: number };

/** The value, or its default when omitted or null; BAD_USER_INPUT when outside the bounds. */
function bounded(argument: string, value: number | null | undefined, bounds: Bounds): number {
  const checked = value ?? bounds.default;
  if (checked < bounds.min || checked > bounds.max) {
    throw new BadUserInputError(
      argument,
      `must be between ${bounds.min} and ${bounds.max}, got ${checked}`,
    );
  }
  return checked;
}

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: 'The centre.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: SUBGRAPH_LIMITS.depth.default,
    description: `Steps from the centre, ${SUBGRAPH_LIMITS.depth.min}..${SUBGRAPH_LIMITS.depth.max}.`,
  })
  depth?: number | null;

  @Field(() => [RelationType], {
    nullable: true,
    description: 'Relationship types to follow (and to show); all when omitted.',
  })
  types?: RelationType[] | null;

  @Field(() => [NodeKind], {
    nullable: true,
    description:
      'Kinds of node to include and walk through; all when omitted. The centre is always included.',
  })
  kinds?: NodeKind[] | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: SUBGRAPH_LIMITS.neighborhoodLimit.default,
    description:
      `Max nodes, the centre included, ${SUBGRAPH_LIMITS.neighborhoodLimit.min}..` +
      `${SUBGRAPH_LIMITS.neighborhoodLimit.max}; the nearest stay. Edges are capped at 5 per node.`,
  })
  limit?: number | null;
}

export function toNeighborhoodQuery(args: NeighborhoodArgs): NeighborhoodQuery {
  return {
    id: args.id,
    depth: bounded('depth', args.depth, SUBGRAPH_LIMITS.depth),
    types: args.types ?? null,
    kinds: args.kinds ?? null,
    limit: bounded('limit', args.limit, SUBGRAPH_LIMITS.neighborhoodLimit),
  };
}

@ArgsType()
export class PathArgs {
  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: SUBGRAPH_LIMITS.maxLength.default,
    description: `Longest path to look for, in steps, ${SUBGRAPH_LIMITS.maxLength.min}..${SUBGRAPH_LIMITS.maxLength.max}.`,
  })
  maxLength?: number | null;

  @Field(() => [RelationType], {
    nullable: true,
    description: 'Relationship types the path may use; all when omitted.',
  })
  types?: RelationType[] | null;
}

export function toPathQuery(args: PathArgs): PathQuery {
  return {
    from: args.from,
    to: args.to,
    maxLength: bounded('maxLength', args.maxLength, SUBGRAPH_LIMITS.maxLength),
    types: args.types ?? null,
  };
}

/** Every type but MENTIONS: what `graph` follows unless mentions are asked for. */
const WITHOUT_MENTIONS = RELATION_TYPE_NAMES.filter((type) => type !== 'MENTIONS');

@InputType({
  description:
    'Which part of the graph `graph` returns. By default the facts only: no Section or Clause ' +
    'nodes, no PART_OF, REFERENCES or MENTIONS; set includeStructure (and includeMentions) for them.',
})
export class GraphFilter {
  @Field(() => ID, {
    nullable: true,
    description:
      'Only what this document contributed: nodes whose sources hold it, relationships it asserts.',
  })
  documentId?: string | null;

  @Field(() => [RelationType], {
    nullable: true,
    description: 'Relationship types; all when omitted.',
  })
  types?: RelationType[] | null;

  @Field(() => [NodeKind], { nullable: true, description: 'Kinds of node; all when omitted.' })
  kinds?: NodeKind[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Whether the text’s structure is included: Section and Clause nodes, and the edges that ' +
      'start at them (PART_OF, REFERENCES, MENTIONS). Off by default: the facts alone draw legibly.',
  })
  includeStructure?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Whether MENTIONS edges are included (a clause names an entity): evidence-only links, about ' +
      'a third of all edges. Needs includeStructure, since a mention starts at a clause.',
  })
  includeMentions?: boolean | null;
}

@ArgsType()
export class GraphArgs {
  @Field(() => GraphFilter, { nullable: true })
  filter?: GraphFilter | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: SUBGRAPH_LIMITS.graphLimit.default,
    description:
      `Max nodes, ${SUBGRAPH_LIMITS.graphLimit.min}..${SUBGRAPH_LIMITS.graphLimit.max}; the most ` +
      'connected stay. Edges are capped at 5 per node.',
  })
  limit?: number | null;
}

export function toGraphQuery(args: GraphArgs): GraphQuery {
  const filter = args.filter ?? {};
  const types = filter.types ?? (filter.includeMentions ? null : WITHOUT_MENTIONS);
  return {
    documentId: filter.documentId ?? null,
    types,
    kinds: filter.kinds ?? null,
    includeStructure: filter.includeStructure ?? false,
    limit: bounded('limit', args.limit, SUBGRAPH_LIMITS.graphLimit),
  };
}

@ArgsType()
export class OrganizationSectorGraphArgs {
  @Field(() => [ID], { nullable: true, description: 'Organizations to start from.' })
  organizationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Sectors to start from.' })
  sectorIds?: string[] | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'Start also from the narrower sectors of `sectorIds` (BROADER, any depth: energy → energy resources → oil, uranium), and draw the BROADER links among the nodes. false: the given sectors only.',
  })
  includeNarrowerSectors?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: SUBGRAPH_LIMITS.activeInDepth.default,
    description:
      `ACTIVE_IN steps from the starts, ${SUBGRAPH_LIMITS.activeInDepth.min}..${SUBGRAPH_LIMITS.activeInDepth.max}: ` +
      '1 = their sectors (or organizations), 2 = also the organizations sharing those sectors, …',
  })
  depth?: number | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: SUBGRAPH_LIMITS.neighborhoodLimit.default,
    description: `Max nodes, ${SUBGRAPH_LIMITS.neighborhoodLimit.min}..${SUBGRAPH_LIMITS.neighborhoodLimit.max}; the starts and nearest stay.`,
  })
  limit?: number | null;
}

export function toOrganizationSectorQuery(
  args: OrganizationSectorGraphArgs,
): OrganizationSectorQuery {
  return {
    organizationIds: args.organizationIds ?? [],
    sectorIds: args.sectorIds ?? [],
    includeNarrowerSectors: args.includeNarrowerSectors ?? true,
    depth: bounded('depth', args.depth, SUBGRAPH_LIMITS.activeInDepth),
    limit: bounded('limit', args.limit, SUBGRAPH_LIMITS.neighborhoodLimit),
  };
}
