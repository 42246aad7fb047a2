import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Field, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { encodeEvidenceCursor } from '../../graph/projection/cursors';
import { BASE_KEYS, cypher } from '../../graph/projection/field-plan';
import { RELATION_TYPES, cameoName, type RelationType } from '../../vocabulary';
import { BilingualText } from '../common/bilingual.type';
import { Connection } from '../common/connection';
import { projected } from '../common/projected';
import { NestedListArgs } from '../entity/entity.args';
import { CameoCode, Evidence, Relation } from './relation.type';

type ProjectedRelation = Record<string, unknown>;
const infoOf = (root: ProjectedRelation) => RELATION_TYPES[root[BASE_KEYS.type] as RelationType];

export const EvidenceConnection = Connection(
  'Evidence',
  () => Evidence,
  'The evidence entries of a relation, one per asserting annotation, ordered by entry id.',
);

@ArgsType()
class EvidencesArgs extends NestedListArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Entries after this cursor (a previous page’s endCursor).',
  })
  after?: string | null;
}

/** Fields computed from the vocabulary or reshaped from the projection: no query. */
@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => BilingualText)
  label(@Root() root: ProjectedRelation): BilingualText {
    return infoOf(root).label;
  }

  @FieldResolver(() => String)
  category(@Root() root: ProjectedRelation): string {
    return infoOf(root).category;
  }

  /** The act's own code (INTENDS may be 031, 033 or 036); the type's default for older edges. */
  @FieldResolver(() => CameoCode, { nullable: true })
  cameo(@Root() root: ProjectedRelation): CameoCode | null {
    const own = root[BASE_KEYS.cameo];
    if (typeof own === 'string') return { code: own, name: cameoName(own) ?? '' };
    const info = infoOf(root);
    return 'cameo' in info && info.cameo ? { ...info.cameo } : null;
  }

  /** Stored flat as q_<name>; the projection returns [name, value] pairs. */
  @FieldResolver()
  qualifiers(@Root() root: ProjectedRelation): Record<string, unknown> {
    return Object.fromEntries((root.qualifiers as Array<[string, unknown]> | undefined) ?? []);
  }

  @FieldResolver(() => EvidenceConnection, {
    description:
      'Every piece of evidence for it, paged: one entry per document (and clause) that states it; one entry for a speech act, none for PART_OF.',
  })
  @cypher({ kind: 'snippet', name: 'evidences' })
  evidences(
    @Root() root: ProjectedRelation,
    @Args() args: EvidencesArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { totalCount, items } = projected<{
      totalCount: number;
      items: Array<{ key: string; node: Evidence }>;
    }>(root, info);
    const page = items.slice(0, args.first);
    const edges = page.map((item) => ({ cursor: encodeEvidenceCursor(item.key), node: item.node }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: items.length > args.first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}
