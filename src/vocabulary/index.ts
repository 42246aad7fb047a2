/**
 * The graph's one vocabulary: node kinds (labels) and relationship types with their ja/en labels,
 * descriptions and CAMEO codes, how each is drawn, and the attributes exports declare. The
 * annotation validator, the loader, the Cypher builders, the GraphQL enums, the exports and
 * docs/model.md all read these tables; nothing else names a label or a type.
 */
export * from './node-kinds';
export * from './relation-types';
export * from './cameo';
export * from './style';
export * from './export-attributes';
