import { isNodeKind, isRelationType, type NodeKind, type RelationType } from '../../vocabulary';

/**
 * Collects the parameters and fresh variable names of one generated query. Values only ever
 * enter the text as `$pN`; labels and relationship types only through `label()`/`relType()`,
 * which accept nothing outside the vocabulary.
 */
export class CypherBuilder {
  readonly params: Record<string, unknown> = {};
  private paramCount = 0;
  private variableCount = 0;

  /** Registers a value and returns its placeholder. */
  param(value: unknown): string {
    const name = `p${this.paramCount++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** A variable name not used elsewhere in this query. */
  variable(prefix: string): string {
    return `${prefix}${this.variableCount++}`;
  }
}

/** A node label from the vocabulary, quoted for Cypher. */
export function label(kind: NodeKind): string {
  if (!isNodeKind(kind)) throw new Error(`not a node kind of the vocabulary: ${String(kind)}`);
  return `\`${kind}\``;
}

/** A relationship type from the vocabulary, quoted for Cypher. */
export function relType(type: RelationType): string {
  if (!isRelationType(type))
    throw new Error(`not a relationship type of the vocabulary: ${String(type)}`);
  return `\`${type}\``;
}

/** A property key of our own schema (never a client's string), quoted for Cypher. */
export function property(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a property name: ${name}`);
  return `\`${name}\``;
}
