import type { SubgraphData, SubgraphEdgeData, SubgraphNodeData } from '../subgraph.repository';
import {
  CATEGORY_STYLES,
  KIND_STYLES,
  NODE_KINDS,
  RELATION_DISPLAY,
  RELATION_TYPES,
  SHORT_LABEL_LENGTH,
  shortenLabel,
  type CategoryStyle,
  type DisplayCategory,
  type KindStyle,
  type NodeKind,
  type RelationType,
} from '../../vocabulary';

/**
 * A subgraph as a viewer draws it: each node with a short label and its degree, each edge with its
 * type's bilingual label and display category, and a legend of the kinds and types present, all
 * from the vocabulary's style tables. Pure: computed from what the query returned.
 */

export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

export interface PresentedNode extends SubgraphNodeData {
  /** The name cut for drawing (SHORT_LABEL_LENGTH), the id when the node has no name. */
  readonly shortLabel: Bilingual;
  /**
   * How many of this subgraph's edges start or end at the node (a self-loop counts twice): what
   * the viewer draws, not the node's degree in the whole graph.
   */
  readonly degree: number;
  readonly style: KindStyle;
}

export interface PresentedEdge extends SubgraphEdgeData {
  readonly typeLabel: Bilingual;
  readonly category: DisplayCategory;
  readonly style: CategoryStyle;
}

export interface KindLegendEntry {
  readonly kind: NodeKind;
  readonly label: Bilingual;
  readonly color: string;
  readonly shape: string;
  readonly icon: string;
  /** Nodes of this kind in the subgraph. */
  readonly count: number;
}

export interface TypeLegendEntry {
  readonly type: RelationType;
  readonly label: Bilingual;
  readonly category: DisplayCategory;
  readonly categoryLabel: Bilingual;
  readonly color: string;
  readonly lineStyle: string;
  /** Edges of this type in the subgraph. */
  readonly count: number;
}

export interface Legend {
  /** The kinds present, in the vocabulary's order. */
  readonly kinds: readonly KindLegendEntry[];
  /** The types present, in the vocabulary's order. */
  readonly types: readonly TypeLegendEntry[];
}

export interface PresentedSubgraph {
  readonly nodes: readonly PresentedNode[];
  readonly edges: readonly PresentedEdge[];
  readonly truncated: boolean;
  readonly legend: Legend;
}

/** How every edge of a type is drawn: its label, display category and that category's style. */
const TYPE_PRESENTATION = Object.fromEntries(
  (Object.keys(RELATION_TYPES) as RelationType[]).map((type) => {
    const category = RELATION_DISPLAY[type];
    return [
      type,
      { typeLabel: RELATION_TYPES[type].label, category, style: CATEGORY_STYLES[category] },
    ];
  }),
) as Record<RelationType, Pick<PresentedEdge, 'typeLabel' | 'category' | 'style'>>;

export function presentSubgraph(subgraph: SubgraphData): PresentedSubgraph {
  const degrees = degreesOf(subgraph.edges);
  const nodes = subgraph.nodes.map((node): PresentedNode => ({
    ...node,
    shortLabel: shortLabelOf(node),
    degree: degrees.get(node.id) ?? 0,
    style: KIND_STYLES[node.kind],
  }));
  const edges = subgraph.edges.map((edge): PresentedEdge => ({
    ...edge,
    ...TYPE_PRESENTATION[edge.type],
  }));
  return { nodes, edges, truncated: subgraph.truncated, legend: legendOf(nodes, edges) };
}

/**
 * The same presentation, computed field by field as it is read: a GraphQL answer that selects
 * `nodes { id kind }` pays neither for short labels nor for degrees nor for the legend. The
 * exporters read every field: they get `data` and present it with presentSubgraph, on a pool
 * thread for large subgraphs (export-batch.ts).
 */
export class SubgraphPresentation implements PresentedSubgraph {
  private degreeCounts: Map<string, number> | undefined;
  private nodeViews: readonly PresentedNode[] | undefined;
  private edgeViews: readonly PresentedEdge[] | undefined;

  constructor(readonly data: SubgraphData) {}

  get nodes(): readonly PresentedNode[] {
    this.nodeViews ??= this.data.nodes.map((node) => new NodePresentation(node, this));
    return this.nodeViews;
  }

  get edges(): readonly PresentedEdge[] {
    this.edgeViews ??= this.data.edges.map((edge) => new EdgePresentation(edge));
    return this.edgeViews;
  }

  get truncated(): boolean {
    return this.data.truncated;
  }

  get legend(): Legend {
    return legendOf(this.nodes, this.edges);
  }

  degreeOf(id: string): number {
    this.degreeCounts ??= degreesOf(this.data.edges);
    return this.degreeCounts.get(id) ?? 0;
  }
}

class NodePresentation implements PresentedNode {
  constructor(
    private readonly node: SubgraphNodeData,
    private readonly subgraph: SubgraphPresentation,
  ) {}
  get id() {
    return this.node.id;
  }
  get kind() {
    return this.node.kind;
  }
  get label() {
    return this.node.label;
  }
  get name() {
    return this.node.name;
  }
  get properties() {
    return this.node.properties;
  }
  get shortLabel() {
    return shortLabelOf(this.node);
  }
  get degree() {
    return this.subgraph.degreeOf(this.node.id);
  }
  get style() {
    return KIND_STYLES[this.node.kind];
  }
}

class EdgePresentation implements PresentedEdge {
  constructor(private readonly edge: SubgraphEdgeData) {}
  get id() {
    return this.edge.id;
  }
  get type() {
    return this.edge.type;
  }
  get source() {
    return this.edge.source;
  }
  get target() {
    return this.edge.target;
  }
  get label() {
    return this.edge.label;
  }
  get documentId() {
    return this.edge.documentId;
  }
  get evidence() {
    return this.edge.evidence;
  }
  get properties() {
    return this.edge.properties;
  }
  get typeLabel() {
    return TYPE_PRESENTATION[this.edge.type].typeLabel;
  }
  get category() {
    return TYPE_PRESENTATION[this.edge.type].category;
  }
  get style() {
    return TYPE_PRESENTATION[this.edge.type].style;
  }
}

function degreesOf(edges: readonly SubgraphEdgeData[]): Map<string, number> {
  const degrees = new Map<string, number>();
  const bump = (id: string) => degrees.set(id, (degrees.get(id) ?? 0) + 1);
  for (const edge of edges) {
    bump(edge.source);
    bump(edge.target);
  }
  return degrees;
}

function shortLabelOf(node: SubgraphNodeData): Bilingual {
  const en = node.name.en || node.name.ja || node.id;
  const ja = node.name.ja || node.name.en || node.id;
  return {
    ja: shortenLabel(ja, SHORT_LABEL_LENGTH.ja),
    en: shortenLabel(en, SHORT_LABEL_LENGTH.en),
  };
}

function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function legendOf(nodes: readonly PresentedNode[], edges: readonly PresentedEdge[]): Legend {
  const kinds = countBy(nodes, (node) => node.kind);
  const types = countBy(edges, (edge) => edge.type);
  return {
    kinds: (Object.keys(NODE_KINDS) as NodeKind[])
      .filter((kind) => kinds.has(kind))
      .map((kind) => ({
        kind,
        label: NODE_KINDS[kind].label,
        ...KIND_STYLES[kind],
        count: kinds.get(kind) ?? 0,
      })),
    types: (Object.keys(RELATION_TYPES) as RelationType[])
      .filter((type) => types.has(type))
      .map((type) => {
        const category = RELATION_DISPLAY[type];
        const { label: categoryLabel, color, lineStyle } = CATEGORY_STYLES[category];
        return {
          type,
          label: RELATION_TYPES[type].label,
          category,
          categoryLabel,
          color,
          lineStyle,
          count: types.get(type) ?? 0,
        };
      }),
  };
}
