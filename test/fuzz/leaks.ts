/**
 * What a response must never contain, whatever the operation: the server's internals. Patterns
 * that an operation's own input could produce (an echoed argument) are avoided: Cypher is
 * recognised by a MATCH … RETURN pair, which no generated input holds.
 */
export const LEAK_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Cypher', /\bMATCH\b[\s\S]{0,500}\bRETURN\b/],
  ['Cypher', /\bCOLLECT \{|\bCALL \([\w, ]*\) \{/],
  ['Neo4j error', /Neo\.(ClientError|TransientError|DatabaseError)|Neo4jError|org\.neo4j/],
  ['Neo4j error', /Invalid input '|Variable `\w+` not defined|Unexpected error has occurred/],
  ['stack trace', /\n?\s+at [\w$.<>[\] ]+ \(?[^)\s]+:\d+:\d+\)?/],
  ['file path', /\/(?:work|home|root|usr|src|dist|tmp)\/[\w.-]+\/[\w./-]*|node_modules/],
];

/** The leaks found in a response text (names of the patterns that match). */
export function leaksIn(text: string): string[] {
  return LEAK_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}
