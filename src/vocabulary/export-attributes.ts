/**
 * The attributes that GraphML, GEXF and CSV exports declare, one per property, with the same id in
 * every export: a viewer's mapping (colour by `kind`, label by `shortLabelJa`) made once works on
 * any file. Node and edge ids never collide, since GraphML keys share one id space.
 *
 * A property the graph gains without an entry here is still exported, under `n_<name>` (nodes) or
 * `e_<name>` (edges), typed from its values; test/integration/export-attributes.int.test.ts fails
 * until it is declared. Qualifiers (`q_*`) are open-ended by design and keep their names.
 */

/** Scalar attribute types; `list` ones are lists of that type (GEXF has them, GraphML does not). */
export type AttributeType = 'string' | 'long' | 'double' | 'boolean';

export interface AttributeSpec {
  /** The key id in every export. */
  readonly id: string;
  /** The property (or presentation field) it holds. */
  readonly name: string;
  readonly type: AttributeType;
  readonly list?: true;
}

const attr = (name: string, type: AttributeType = 'string', id = name): AttributeSpec => ({
  id,
  name,
  type,
});
const list = (name: string, type: AttributeType = 'string', id = name): AttributeSpec => ({
  id,
  name,
  type,
  list: true,
});

/** What a viewer draws with: the same for every node, computed from the vocabulary. */
export const NODE_PRESENTATION_ATTRIBUTES: readonly AttributeSpec[] = [
  attr('label'),
  attr('kind'),
  attr('kindLabelJa'),
  attr('kindLabelEn'),
  attr('nameJa'),
  attr('nameEn'),
  attr('shortLabelJa'),
  attr('shortLabelEn'),
  attr('degree', 'long'),
  attr('color'),
  attr('shape'),
  attr('icon'),
];

/** The node properties the loader writes (kind-specific ones are absent on other kinds). */
export const NODE_PROPERTY_ATTRIBUTES: readonly AttributeSpec[] = [
  list('aliases'),
  attr('description'),
  attr('iso3166'),
  attr('officeJa'),
  attr('officeEn'),
  attr('organizationType'),
  attr('documentType'),
  attr('language'),
  attr('number'),
  attr('publisherJa'),
  attr('publisherEn'),
  attr('sourceNote'),
  attr('value'),
  attr('precision'),
  attr('documentId'),
  attr('eId'),
  attr('sectionId'),
  attr('headingText'),
  attr('order', 'long'),
  attr('start', 'long'),
  attr('end', 'long'),
  attr('text'),
  attr('textEn'),
  // The overview (`schemaGraph`): how many nodes of the kind, or edges of the type, the graph holds.
  attr('count', 'long'),
];

export const EDGE_PRESENTATION_ATTRIBUTES: readonly AttributeSpec[] = [
  attr('label', 'string', 'edgeLabel'),
  attr('type'),
  attr('typeLabelJa'),
  attr('typeLabelEn'),
  attr('category'),
  attr('color', 'string', 'edgeColor'),
];

/** The relationship properties the loader writes; evidence first. */
export const EDGE_PROPERTY_ATTRIBUTES: readonly AttributeSpec[] = [
  attr('documentId', 'string', 'edgeDocumentId'),
  attr('clauseId'),
  attr('quote'),
  attr('prefix'),
  attr('suffix'),
  attr('start', 'long', 'quoteStart'),
  attr('end', 'long', 'quoteEnd'),
  attr('actId'),
  attr('cameo'),
  attr('jointly', 'boolean'),
  // Facts many documents state (one edge per fact): which documents, and each one's evidence.
  list('documentIds'),
  attr('documentCount', 'long'),
  list('evidenceIds'),
  list('evidenceSources'),
  list('evidenceClauseIds'),
  list('evidenceQuotes'),
  list('evidencePrefixes'),
  list('evidenceSuffixes'),
  list('evidenceStarts', 'long'),
  list('evidenceEnds', 'long'),
  attr('count', 'long', 'edgeCount'),
];

/**
 * Edge properties named `q_<qualifier>` carry the annotation's qualifiers (as src/ingest/to-graph.ts
 * stores them; a unit test keeps the two equal). Kept here so the exports stay free of the loader.
 */
export const QUALIFIER_ATTRIBUTE_PREFIX = 'q_';
