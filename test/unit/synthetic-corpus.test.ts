import { readAnnotation } from '../../src/ingest/read-annotation';
import { validateAnnotation } from '../../src/ingest/validate-annotation';
import { syntheticCopy, syntheticId } from '../../src/bench/synthetic-corpus';

/**
 * The synthetic copies `npm run bench:scale` loads: each one an annotation the validator accepts,
 * as a directory of real statements would be, sharing only what real statements share.
 */
describe('a synthetic copy of the statement', () => {
  const { annotation, statement } = readAnnotation();
  const copy = syntheticCopy(annotation, 7);

  it('is an annotation the validator accepts', () => {
    expect(() => validateAnnotation(copy, statement, 'copy 7')).not.toThrow();
  });

  it('shares states, organizations, sectors and places; renames everything else', () => {
    const kinds = new Map(annotation.entities.map((e) => [e.id, e.kind]));
    const ids = new Set(copy.entities.map((e) => e.id));
    for (const [id, kind] of kinds) {
      const shared = ['State', 'Organization', 'Sector', 'Place'].includes(kind);
      expect([id, ids.has(shared ? id : syntheticId(id, 7))]).toStrictEqual([id, true]);
    }
    expect(copy.document.id).toBe(syntheticId(annotation.document.id, 7));
  });

  it("names its own premises in the acts' basis qualifiers, not the original's", () => {
    const premises = annotation.relations.filter((r) => r.qualifiers?.basis !== undefined);
    expect(premises.length).toBeGreaterThan(0);
    const ids = new Set(copy.entities.map((e) => e.id));
    for (const relation of copy.relations) {
      const basis = relation.qualifiers?.basis;
      if (basis !== undefined)
        expect([relation.id, ids.has(String(basis))]).toStrictEqual([relation.id, true]);
    }
  });
});
