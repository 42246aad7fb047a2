/**
 * What the projection compiler returns for each selected field: a Cypher expression, and how to
 * read its value back into the object the resolvers read.
 *
 * An object travels from Neo4j as a list of its values in a fixed order (`[n.kind, n.id, …]`),
 * not as a map (`{kind: n.kind, id: n.id, …}`): a map repeats every key in every element, and
 * the driver decodes each key as a string again, so that most of what an answer of a few
 * thousand objects costs to carry and decode was its keys. The keys live here, once per query,
 * and `read` puts them back. Measured on the benchmark's queries through the driver, interleaved:
 * S4 (33 clauses, ~700 relations) took 5.8 ms of driver CPU as maps and 3.4 as lists, S2 1.8 and
 * 1.5; Neo4j's own time fell with them (it also builds and writes fewer strings).
 */

/**
 * Reads one value of a projection. `parent` is the object being built around it, whose keys
 * before this one are already set: a node's field that depends on the node's kind (a fragment on
 * a concrete kind) reads `parent.kind`, which every node projects first. A root value has none.
 */
export type Read = (value: unknown, parent?: Readonly<Record<string, unknown>>) => unknown;

export interface Projection {
  readonly cypher: string;
  readonly read: Read;
}

const asIs: Read = (value) => value;

/** A value read as Neo4j returns it: a scalar, a list of scalars, a map the query builds itself. */
export function value(cypher: string): Projection {
  return { cypher, read: asIs };
}

/** The same value under another expression: `head(…)`, `CASE WHEN … THEN null ELSE … END`. */
export function wrapped(projection: Projection, wrap: (cypher: string) => string): Projection {
  return { cypher: wrap(projection.cypher), read: projection.read };
}

/**
 * Named projections as one Cypher list, read back into an object with those keys in that order
 * (null stays null: a CASE may make a whole object null).
 */
export function record(entries: ReadonlyArray<readonly [string, Projection]>): Projection {
  const keys = entries.map(([key]) => key);
  const reads = entries.map(([, projection]) => projection.read);
  const count = keys.length;
  return {
    cypher: `[${entries.map(([, projection]) => projection.cypher).join(', ')}]`,
    read: (value) => {
      if (value === null || value === undefined) return null;
      const values = value as readonly unknown[];
      const object: Record<string, unknown> = {};
      for (let i = 0; i < count; i++) object[keys[i]!] = reads[i]!(values[i], object);
      return object;
    },
  };
}

/** A list expression (`COLLECT { … RETURN item }`) whose elements read as `item` does. */
export function listOf(cypher: string, item: Projection): Projection {
  const read = item.read;
  if (read === asIs) return value(cypher);
  return {
    cypher,
    read: (list) =>
      list === null || list === undefined
        ? null
        : (list as readonly unknown[]).map((element) => read(element)),
  };
}

/**
 * `CASE v.kind WHEN $k THEN … ELSE … END`: a field whose projection depends on the node's kind.
 * Its value is read by the branch of the kind of the node being read (`parent.kind`).
 */
export function byKind(
  kindExpression: string,
  branches: ReadonlyArray<{
    readonly kind: string;
    readonly when: string;
    readonly then: Projection;
  }>,
  otherwise: Projection,
): Projection {
  const reads = new Map(branches.map((branch) => [branch.kind, branch.then.read]));
  const cases = branches.map((branch) => `WHEN ${branch.when} THEN ${branch.then.cypher}`);
  return {
    cypher: `CASE ${kindExpression} ${cases.join(' ')} ELSE ${otherwise.cypher} END`,
    read: (value, parent) => (reads.get(parent?.kind as string) ?? otherwise.read)(value, parent),
  };
}
