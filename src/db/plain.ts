import neo4j from 'neo4j-driver';

/**
 * Neo4j values turned into plain JavaScript once, at the data layer's edge: integers become
 * numbers (every integer here is a count, an offset or an order, far below 2^53), temporal values
 * their ISO strings, lists and maps recursively. Nodes and relationships never leave the queries
 * (they return maps), so they are not handled.
 */
export function toPlain(value: unknown): unknown {
  // Strings, numbers and booleans are most of every answer: they go back untouched, first.
  if (typeof value !== 'object') {
    if (value === undefined) return null;
    return typeof value === 'bigint' ? Number(value) : value;
  }
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  // Maps the queries build are plain objects; only the driver's own classes need a closer look.
  if (Object.getPrototypeOf(value) !== Object.prototype) {
    if (neo4j.isInt(value)) return value.toNumber();
    if (isTemporal(value)) return value.toString();
  }
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = toPlain((value as Record<string, unknown>)[key]);
  return out;
}

function isTemporal(value: unknown): value is { toString(): string } {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

/**
 * The other direction, once, for every query's parameters: a JavaScript number reaches Neo4j as
 * a float, which LIMIT and SKIP refuse and which stores counts and offsets as 0.0; whole numbers
 * therefore travel as Neo4j integers, inside lists and maps too.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (value === null || typeof value !== 'object' || neo4j.isInt(value)) return value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toNeo4jParams(inner);
  return out;
}
