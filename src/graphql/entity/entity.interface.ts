import { Field, ID, InterfaceType } from 'type-graphql';
import { BASE_KEYS, cypher } from '../../graph/projection/field-plan';
import { BilingualText } from '../common/bilingual.type';
import { NodeKind } from '../common/enums';

/**
 * Every node of the graph: a party, a person, an organization, a document, a clause, a date …
 * Ids are the annotation's stable business ids, never Neo4j element ids.
 */
/** An entity's GraphQL type is its kind, which every projection of an entity carries. */
export const entityTypeOf = (value: Record<string, unknown>): string =>
  value[BASE_KEYS.kind] as string;

@InterfaceType('Entity', {
  description:
    'Every node of the graph. Query its kind-specific fields with `... on Organization { … }`.',
  resolveType: entityTypeOf,
})
export abstract class Entity {
  @Field(() => ID, {
    description: 'Stable business id from the annotation (`jogmec`, `jp-kz-2006#sec_2__para_2`).',
  })
  id!: string;

  @Field(() => NodeKind, { description: 'The node’s kind (its Neo4j label).' })
  kind!: NodeKind;

  @Field(() => BilingualText, {
    description: 'Name in Japanese (as the statement writes it) and English.',
  })
  @cypher({ kind: 'bilingual', ja: 'nameJa', en: 'nameEn' })
  name!: BilingualText;

  @Field(() => [String], {
    description: 'Other names: abbreviations (JOGMEC), short forms (安保理), English aliases.',
  })
  aliases!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'A short description, where the annotation gives one.',
  })
  description?: string | null;

  @Field(() => BilingualText, {
    description: 'The kind’s label in Japanese and English (組織 / Organization).',
  })
  @cypher({ kind: 'computed' })
  kindLabel!: BilingualText;

  @Field(() => [ID], { description: 'Ids of the documents whose annotations name this node.' })
  sources!: string[];
}
