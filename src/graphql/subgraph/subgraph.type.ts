import { Field, ID, ObjectType } from 'type-graphql';
import { BilingualText } from '../common/bilingual.type';
import { NodeKind, RelationType } from '../common/enums';
import { JSONObject } from '../common/scalars';

/**
 * The Subgraph contract for third-party graph viewers: nodes and edges keyed by business ids,
 * every edge's source and target among the nodes. The export fields (cytoscape, graphml, gexf)
 * are computed from these by the resolver, without another query.
 */

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
      'and qualifiers (q_*).',
  })
  properties!: Record<string, unknown>;
}

@ObjectType({
  description:
    'Nodes and the edges among them, for graph viewers. Every edge’s source and target are ids of ' +
    'its nodes; ids are business ids. Also as Cytoscape.js JSON, GraphML and GEXF.',
})
export class Subgraph {
  @Field(() => [SubgraphNode])
  nodes!: SubgraphNode[];

  @Field(() => [SubgraphEdge])
  edges!: SubgraphEdge[];

  @Field(() => Boolean, { description: 'True when a limit cut nodes or edges.' })
  truncated!: boolean;
}
