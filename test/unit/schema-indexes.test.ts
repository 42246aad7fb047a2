import { schemaStatements } from '../../src/ingest/graph-schema';
import { RELATION_TYPES, RELATION_TYPE_NAMES } from '../../src/vocabulary';

/**
 * A clause's `asserts` seeks one relationship index per evidenced type; a type added to the
 * vocabulary without its index would silently fall back to a scan. The indexes are generated from
 * the vocabulary (src/ingest/graph-schema.ts), so this checks the generator covers every type.
 */
describe('relationship indexes on the asserting clause', () => {
  it('index clauseId for every evidenced relationship type', () => {
    const indexed = new Set(
      schemaStatements().map((s) => /FOR \(\)-\[r:(\w+)\]-\(\) ON \(r\.clauseId\)/.exec(s)?.[1]),
    );
    const evidenced = RELATION_TYPE_NAMES.filter((type) => RELATION_TYPES[type].evidenced);
    expect(evidenced.length).toBeGreaterThan(0);
    for (const type of evidenced) expect(indexed).toContain(type);
  });
});
