import fs from 'node:fs';
import { renderSchema, SCHEMA_FILE } from '../../src/graphql/emit-schema';
import { NODE_KIND_NAMES, RELATION_TYPE_NAMES } from '../../src/vocabulary';

describe('schema/schema.graphql', () => {
  let sdl: string;
  beforeAll(async () => {
    sdl = await renderSchema();
  });

  it('is what the code emits (run `npm run schema:emit` after changing the API)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(sdl);
  });

  it('has an enum value for every node kind and relationship type of the vocabulary', () => {
    const values = (name: string) => new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(sdl)![1]!;
    for (const kind of NODE_KIND_NAMES)
      expect(values('NodeKind')).toMatch(new RegExp(`\\b${kind}\\b`));
    for (const type of RELATION_TYPE_NAMES)
      expect(values('RelationType')).toMatch(new RegExp(`\\b${type}\\b`));
  });

  it('has a GraphQL type implementing Entity for every node kind', () => {
    for (const kind of NODE_KIND_NAMES)
      expect(sdl).toMatch(new RegExp(`type ${kind} implements Entity`));
  });
});
