import { registerEnumType } from 'type-graphql';
import {
  DATE_PRECISIONS,
  DIRECTIONS,
  NODE_KINDS,
  RELATION_TYPES,
  type DatePrecision as VocabularyDatePrecision,
  type Direction as VocabularyDirection,
  type NodeKind as VocabularyNodeKind,
  type RelationType as VocabularyRelationType,
} from '../../vocabulary';

/**
 * GraphQL enums generated from the one vocabulary: a kind or type added there appears here, with
 * its English and Japanese labels as the enum value's description.
 */
function enumFrom<K extends string>(keys: readonly K[]): Record<K, K> {
  return Object.fromEntries(keys.map((k) => [k, k])) as Record<K, K>;
}

export const NodeKind = enumFrom(Object.keys(NODE_KINDS) as VocabularyNodeKind[]);
export type NodeKind = VocabularyNodeKind;
registerEnumType(NodeKind, {
  name: 'NodeKind',
  description: 'The kind of a node: its Neo4j label (every node also has the label Entity).',
  valuesConfig: Object.fromEntries(
    Object.entries(NODE_KINDS).map(([k, info]) => [
      k,
      { description: `${info.label.en} (${info.label.ja}): ${info.description}` },
    ]),
  ),
});

export const RelationType = enumFrom(Object.keys(RELATION_TYPES) as VocabularyRelationType[]);
export type RelationType = VocabularyRelationType;
registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'The closed vocabulary of relationship types (speech acts carry a CAMEO code).',
  valuesConfig: Object.fromEntries(
    Object.entries(RELATION_TYPES).map(([t, info]) => [
      t,
      {
        description:
          `${info.label.en} (${info.label.ja}): ${info.description}` +
          ('cameo' in info && info.cameo ? ` CAMEO ${info.cameo.code} “${info.cameo.name}”.` : ''),
      },
    ]),
  ),
});

export const DatePrecision = enumFrom(Object.keys(DATE_PRECISIONS) as VocabularyDatePrecision[]);
export type DatePrecision = VocabularyDatePrecision;
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precise a date is, as Wikidata time precision: year (9), month (10), day (11).',
});

export const Direction = enumFrom(DIRECTIONS);
export type Direction = VocabularyDirection;
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which relationships of a node to follow.',
  valuesConfig: {
    OUT: { description: 'Relationships that start at the node.' },
    IN: { description: 'Relationships that end at the node.' },
    BOTH: { description: 'Both.' },
  },
});
