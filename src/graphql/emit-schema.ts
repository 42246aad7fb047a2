import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { PROJECT_ROOT } from '../project-root';
import { buildGraphQLSchema } from './schema';

/** schema/schema.graphql: the SDL other applications read, committed and checked by a test. */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

/** The SDL, sorted so that moving code around never shows up as a schema change. */
export async function renderSchema(): Promise<string> {
  const schema = await buildGraphQLSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export async function emitSchema(file: string = SCHEMA_FILE): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await renderSchema());
}
