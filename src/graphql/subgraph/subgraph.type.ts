import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CATEGORY_STYLES,
  DISPLAY_CATEGORIES,
  SHORT_LABEL_LENGTH,
  type DisplayCategory as VocabularyDisplayCategory,
} from '../../vocabulary';
import { BilingualText } from '../common/bilingual.type';
import { NodeKind, RelationType } from '../common/enums';
import { JSONObject } from '../common/scalars';

/**
 * The Subgraph contract for third-party graph viewers: nodes and edges keyed by business ids,
 * every edge's source and target among the nodes. The export fields (cytoscape, graphml, gexf)
 * are computed from these by the resolver, without another query.
 */

export const DisplayCategory = Object.fromEntries(
  DISPLAY_CATEGORIES.map((category) => [category, category]),
) as Record<VocabularyDisplayCategory, VocabularyDisplayCategory>;
export type DisplayCategory = VocabularyDisplayCategory;
registerEnumType(DisplayCategory, {
  name: 'DisplayCategory',
  description: 'What an edge is about, for a viewer’s colours and filters.',
  valuesConfig: Object.fromEntries(
    DISPLAY_CATEGORIES.map((category) => {
      const { label } = CATEGORY_STYLES[category];
      return [category, { description: `${label.en} (${label.ja})` }];
    }),
  ),
});

@ObjectType({ description: 'The clause and words that assert a relationship.' })
export class SubgraphEvidence {
  @Field(() => ID, { description: 'The clause (Clause node id) that asserts the relationship.' })
  clauseId!: string;

  @Field(() => String, { description: 'The exact words of the clause that assert it.' })
  quote!: string;
}

@ObjectType({ description: 'A node of a subgraph.' })
export class SubgraphNode {
  @Field(() => ID, { description: 'The node’s business id (never a Neo4j element id).' })
  id!: string;

  @Field(() => NodeKind)
  kind!: NodeKind;

  @Field(() => String, {
    description:
      'What a viewer writes on the node: the English name, else the Japanese, else the id.',
  })
  label!: string;

  @Field(() => BilingualText)
  name!: BilingualText;

  @Field(() => BilingualText, {
    description:
      `The name cut for drawing: at most ${SHORT_LABEL_LENGTH.en} characters in English and ` +
      `${SHORT_LABEL_LENGTH.ja} in Japanese, at a word or punctuation boundary, ending in "…" when cut.`,
  })
  shortLabel!: BilingualText;

  @Field(() => Int, {
    description:
      'How many of this subgraph’s edges start or end at the node (what a viewer draws; a ' +
      'self-loop counts twice), not its degree in the whole graph.',
  })
  degree!: number;

  @Field(() => JSONObject, {
    description:
      'The node’s other properties (aliases, description, kind-specific ones, a clause’s text); ' +
      'not its id, kind or names (fields of their own), nor the loader’s bookkeeping (sources, contentHash).',
  })
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'A directed relationship of a subgraph.' })
export class SubgraphEdge {
  @Field(() => ID, { description: 'The relationship’s business id.' })
  id!: string;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => ID, { description: 'Id of the node it starts at (always among the nodes).' })
  source!: string;

  @Field(() => ID, { description: 'Id of the node it ends at (always among the nodes).' })
  target!: string;

  @Field(() => String, { description: 'The type’s English label from the vocabulary.' })
  label!: string;

  @Field(() => BilingualText, { description: 'The type’s label: 歓迎する / welcomes.' })
  typeLabel!: BilingualText;

  @Field(() => DisplayCategory)
  category!: DisplayCategory;

  @Field(() => SubgraphEvidence, {
    nullable: true,
    description: 'What asserts it; null for PART_OF, which comes from the layout of the text.',
  })
  evidence!: SubgraphEvidence | null;

  @Field(() => ID, { nullable: true, description: 'The document that asserts it.' })
  documentId!: string | null;

  @Field(() => JSONObject, {
    description:
      'Its other properties: quote offsets (start, end), prefix, suffix, cameo, jointly, actId, ' +
      'qualifiers (q_*), and for a fact many documents state, documentCount (its evidence, a ' +
      'page at a time: `Relation.evidences`).',
  })
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'How one node kind present in a subgraph is drawn.' })
export class KindLegendEntry {
  @Field(() => NodeKind)
  kind!: NodeKind;

  @Field(() => BilingualText)
  label!: BilingualText;

  @Field(() => String, {
    description: '`#rrggbb`, from a colour-blind-safe palette (Paul Tol’s “muted”).',
  })
  color!: string;

  @Field(() => String, { description: 'A Cytoscape.js node shape (ellipse, round-rectangle …).' })
  shape!: string;

  @Field(() => String, { description: 'A Material Symbols icon name (flag, person …).' })
  icon!: string;

  @Field(() => Int, { description: 'Nodes of this kind in the subgraph.' })
  count!: number;
}

@ObjectType({ description: 'How one relationship type present in a subgraph is drawn.' })
export class TypeLegendEntry {
  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => BilingualText)
  label!: BilingualText;

  @Field(() => DisplayCategory)
  category!: DisplayCategory;

  @Field(() => BilingualText)
  categoryLabel!: BilingualText;

  @Field(() => String, { description: '`#rrggbb` of the line (by category).' })
  color!: string;

  @Field(() => String, { description: 'solid, dashed or dotted.' })
  lineStyle!: string;

  @Field(() => Int, { description: 'Edges of this type in the subgraph.' })
  count!: number;
}

@ObjectType({ description: 'The kinds and types a subgraph holds, with how each is drawn.' })
export class SubgraphLegend {
  @Field(() => [KindLegendEntry], { description: 'In the vocabulary’s order.' })
  kinds!: KindLegendEntry[];

  @Field(() => [TypeLegendEntry], { description: 'In the vocabulary’s order.' })
  types!: TypeLegendEntry[];
}

@ObjectType({
  description:
    'A subgraph as the two CSV files `neo4j-admin database import full` reads (header columns ' +
    '`id:ID`, `:LABEL`; `:START_ID`, `:END_ID`, `:TYPE`; arrays joined by `;`); Gephi opens them too.',
})
export class SubgraphCsv {
  @Field(() => String, { description: 'nodes.csv' })
  nodes!: string;

  @Field(() => String, { description: 'relationships.csv' })
  relationships!: string;
}

@ObjectType({
  description:
    'Nodes and the edges among them, for graph viewers. Every edge’s source and target are ids of ' +
    'its nodes; ids are business ids. Also as Cytoscape.js JSON, GraphML, GEXF and CSV.',
})
export class Subgraph {
  @Field(() => [SubgraphNode])
  nodes!: SubgraphNode[];

  @Field(() => [SubgraphEdge])
  edges!: SubgraphEdge[];

  @Field(() => Boolean, {
    description:
      'True when a limit cut nodes or edges. A neighbourhood, an organization–sector graph or a ' +
      'whole graph cut at its edge limit keeps the edges of its first nodes (the centre or the ' +
      'starts and the nearest, or the most connected).',
  })
  truncated!: boolean;

  @Field(() => SubgraphLegend, {
    description: 'Each kind and type present, with its label, colour, shape and count.',
  })
  legend!: SubgraphLegend;
}
