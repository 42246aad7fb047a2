import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';

/**
 * The Cypher the code runs lives in cypher/*.cypher, one query per file, named after what it does.
 * Files are read once and cached; values always travel as $parameters.
 */
const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher (name may include a folder: `schema/constraints`). */
export function cypherFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/**
 * The statements of a file that holds several (schema files), split on a `;` that ends a line.
 * Comment-only chunks are dropped.
 */
export function cypherStatements(name: string): string[] {
  return cypherFile(name)
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) =>
      statement.split('\n').some((line) => line.trim() && !line.trim().startsWith('//')),
    );
}
