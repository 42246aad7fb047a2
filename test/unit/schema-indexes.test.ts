import { cypherStatements } from '../../src/db/cypher-files';
import { RELATION_TYPES, RELATION_TYPE_NAMES } from '../../src/vocabulary';

/**
 * A clause's `asserts` seeks one relationship index per evidenced type; a type added to the
 * vocabulary without its index would silently fall back to a scan.
 */
describe('relationship indexes on the asserting clause', () => {
  const statements = cypherStatements('schema/relation-evidence-indexes');

  it('index clauseId for every evidenced relationship type, and for no other', () => {
    const indexed = statements.map(
      (s) => /FOR \(\)-\[r:(\w+)\]-\(\) ON \(r\.clauseId\)/.exec(s)?.[1],
    );
    expect(indexed.sort()).toEqual(
      RELATION_TYPE_NAMES.filter((type) => RELATION_TYPES[type].evidenced).sort(),
    );
  });
});
