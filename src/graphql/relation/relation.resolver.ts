import { FieldResolver, Resolver, Root } from 'type-graphql';
import { BASE_KEYS } from '../../graph/projection/field-plan';
import { RELATION_TYPES, cameoName, type RelationType } from '../../vocabulary';
import { BilingualText } from '../common/bilingual.type';
import { CameoCode, Relation } from './relation.type';

type ProjectedRelation = Record<string, unknown>;
const infoOf = (root: ProjectedRelation) => RELATION_TYPES[root[BASE_KEYS.type] as RelationType];

/** Fields computed from the vocabulary: no query. */
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
}
