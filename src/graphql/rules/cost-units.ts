import { getNamedType, isEnumType, isScalarType, type GraphQLOutputType } from 'graphql';

/**
 * What the cost estimate counts. The same walk over an operation is made twice: once counting
 * values (the complexity limit), once counting bytes (the response-size budget). Only the price
 * of a leaf, of an object's own key and braces, and of one node or edge in an export differ.
 */
export interface CostUnits {
  readonly name: 'values' | 'bytes';
  /** A leaf field (scalar or enum) of this type. */
  leaf(type: GraphQLOutputType): number;
  /** An object or list field itself, before its children. */
  readonly object: number;
  /** One node or edge written by the export field `field` (cytoscape, graphml, gexf, csv). */
  exportElement(field: string): number;
  /** A leaf whose size is not its type's: a long text (LONG_TEXT_FIELDS). */
  longText(bytes: number): number;
}

/**
 * Leaves that return a whole text, keyed `Type.field`, with the most bytes they are priced at.
 * Document.text is a loaded statement's verbatim text: the loaded one is 12.4 kB of UTF-8 (4,100
 * characters, mostly Japanese); 64 KiB covers a statement five times as long.
 */
export const LONG_TEXT_FIELDS: Readonly<Record<string, number>> = {
  'Document.text': 64 * 1024,
};

/** What a typical string value is in bytes; a long text counts as that many values. */
const TYPICAL_STRING_BYTES = 80;

/** Complexity: every value 1; an export writes about five values per node or edge. */
export const VALUE_UNITS: CostUnits = {
  name: 'values',
  leaf: () => 1,
  object: 1,
  exportElement: () => 5,
  // As many values as typical strings would fill its bytes (64 KiB: 820).
  longText: (bytes) => Math.ceil(bytes / TYPICAL_STRING_BYTES),
};

/**
 * Typical JSON sizes of a leaf, by type. Strings are a name or a quote; JSON objects are a
 * node's or edge's property map (a clause's text is the longest value in the graph).
 */
const LEAF_BYTES: Readonly<Record<string, number>> = {
  ID: 40,
  String: TYPICAL_STRING_BYTES,
  Int: 12,
  Float: 20,
  Boolean: 8,
  JSONObject: 600,
};

/**
 * Bytes one node or edge adds to each export, measured on the loaded statement (whole graph,
 * every format; see README "Cost model") and rounded up: the XML formats repeat attribute
 * names and keys per element. An export not listed costs the largest.
 */
export const EXPORT_BYTES_PER_ELEMENT: Readonly<Record<string, number>> = {
  // Measured 2026-11-26 on 236 nodes and 717 edges: 506, 749 and 888 bytes per element.
  cytoscape: 600,
  graphml: 850,
  gexf: 1000,
  // `csv { nodes relationships }`, both files: 354 bytes per element as JSON strings, measured
  // 2026-11-26 on the whole graph (198 nodes, 428 edges).
  csv: 400,
};
const LARGEST_EXPORT_BYTES = Math.max(...Object.values(EXPORT_BYTES_PER_ELEMENT));

export const BYTE_UNITS: CostUnits = {
  name: 'bytes',
  leaf: (type) => {
    const named = getNamedType(type);
    if (isEnumType(named)) return 24;
    if (isScalarType(named)) return LEAF_BYTES[named.name] ?? 40;
    return 40;
  },
  // `"key":{}` and a separator.
  object: 16,
  exportElement: (field) => EXPORT_BYTES_PER_ELEMENT[field] ?? LARGEST_EXPORT_BYTES,
  longText: (bytes) => bytes,
};
