import fs from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../../src/ingest/annotation.schema';
import { DEFAULT_ANNOTATION } from '../../src/ingest/read-annotation';
import {
  AnnotationError,
  validateAnnotation,
  type Problem,
} from '../../src/ingest/validate-annotation';
import {
  clauseIn,
  entityIn,
  minimalAnnotation,
  relationIn,
  withChange,
} from '../support/annotations';

const FILE = 'fixtures/test/annotation.json';
const { annotation, statement } = minimalAnnotation();

/** The problems the validator reports, or [] when it accepts the annotation. */
function problemsOf(candidate: unknown, text = statement): readonly Problem[] {
  try {
    validateAnnotation(candidate, text, FILE);
    return [];
  } catch (error) {
    if (!(error instanceof AnnotationError)) throw error;
    return error.problems;
  }
}

/** Expects exactly these problems, each naming the file, the id and the message. */
function expectRefused(candidate: Annotation, ...expected: Array<[id: string, message: string]>) {
  expect(problemsOf(candidate)).toStrictEqual(
    expected.map(([id, message]) => ({ file: FILE, id, message })),
  );
}

/** Code-point slice of the test statement: the validator's messages quote the text this way. */
const textAt = (start: number, end: number) => Array.from(statement).slice(start, end).join('');

const evidenceOf = (id: string) => relationIn(annotation, id).evidence;
const entityIndex = (id: string) => annotation.entities.findIndex((e) => e.id === id);

describe('validating an annotation', () => {
  it('accepts the minimal annotation the tests start from, and returns it typed', () => {
    expect(problemsOf(annotation)).toStrictEqual([]);
    expect(validateAnnotation(annotation, statement, FILE).document.id).toBe('test-statement');
  });

  describe('evidence', () => {
    it('refuses a quote that is not at its offsets, quoting what the text holds there', () => {
      const { exact, start, end } = evidenceOf('r-active-in');
      const moved = withChange(annotation, (a) => {
        relationIn(a, 'r-active-in').evidence.start += 1;
        relationIn(a, 'r-active-in').evidence.end += 1;
      });
      expectRefused(moved, [
        'r-active-in',
        `evidence.exact "${exact}" is not at ${start + 1}–${end + 1} (the text there is "${textAt(start + 1, end + 1)}")`,
      ]);
    });

    it('refuses offsets whose span is longer or shorter than the quote', () => {
      const { exact, start, end } = evidenceOf('r-active-in');
      const longer = withChange(annotation, (a) => {
        relationIn(a, 'r-active-in').evidence.end += 1;
      });
      expectRefused(longer, [
        'r-active-in',
        `evidence.exact "${exact}" is not at ${start}–${end + 1} (the text there is "${textAt(start, end + 1)}")`,
      ]);
    });

    it('refuses a quote found at its offsets but outside the clause it names', () => {
      const { start, end } = evidenceOf('r-condemns');
      const preface = clauseIn(annotation, 'preface__para_1');
      const prefaceEnd = preface.start + Array.from(preface.text).length;
      const elsewhere = withChange(annotation, (a) => {
        relationIn(a, 'r-condemns').evidence.clause = 'preface__para_1';
      });
      expectRefused(elsewhere, [
        'r-condemns',
        `evidence ${start}–${end} is outside clause preface__para_1 (${preface.start}–${prefaceEnd})`,
      ]);
    });

    it('refuses evidence that names a clause the annotation does not have', () => {
      const nowhere = withChange(annotation, (a) => {
        relationIn(a, 'r-condemns').evidence.clause = 'sec_9__para_1';
      });
      expectRefused(nowhere, ['r-condemns', 'evidence.clause "sec_9__para_1" is not a clause eId']);
    });

    it('refuses a prefix that does not precede the quote', () => {
      const { prefix } = evidenceOf('r-condemns');
      const wrong = withChange(annotation, (a) => {
        relationIn(a, 'r-condemns').evidence.prefix = `X${prefix.slice(1)}`;
      });
      expectRefused(wrong, [
        'r-condemns',
        `evidence.prefix "X${prefix.slice(1)}" does not precede the quote (the text there is "${prefix}")`,
      ]);
    });

    it('refuses a suffix that does not follow the quote', () => {
      const { suffix } = evidenceOf('r-condemns');
      const wrong = withChange(annotation, (a) => {
        relationIn(a, 'r-condemns').evidence.suffix = `${suffix}X`;
      });
      const { end } = evidenceOf('r-condemns');
      const length = Array.from(suffix).length + 1;
      expectRefused(wrong, [
        'r-condemns',
        `evidence.suffix "${suffix}X" does not follow the quote (the text there is "${textAt(end, end + length)}")`,
      ]);
    });
  });

  describe('clauses', () => {
    it('refuses a clause whose text is not verbatim in the statement', () => {
      const edited = withChange(annotation, (a) => {
        const clause = clauseIn(a, 'sec_1__para_2');
        clause.text = clause.text.replace('非難する', '支持する');
      });
      expectRefused(edited, [
        'sec_1__para_2',
        'text is not verbatim in the statement (expected an exact copy of one paragraph)',
      ]);
    });

    it('refuses a verbatim clause at the wrong offset, saying where it is', () => {
      const { start } = clauseIn(annotation, 'sec_1__para_2');
      const shifted = withChange(annotation, (a) => {
        clauseIn(a, 'sec_1__para_2').start += 1;
      });
      expectRefused(shifted, [
        'sec_1__para_2',
        `text is not at offset ${start + 1} (it is at ${start})`,
      ]);
    });
  });

  describe('ids', () => {
    it('refuses an id used twice, naming both users', () => {
      const twice = withChange(annotation, (a) => {
        a.relations.push(structuredClone(relationIn(a, 'r-active-in')));
      });
      expectRefused(twice, [
        'r-active-in',
        'duplicate id: used by a relation (ACTIVE_IN) and a relation (ACTIVE_IN) (expected each id once)',
      ]);
    });

    it('refuses an entity that takes a clause eId', () => {
      const clash = withChange(annotation, (a) => {
        entityIn(a, 'jbic-engagement').id = 'sec_1__para_1';
        relationIn(a, 'r-welcomes').to = 'sec_1__para_1';
        relationIn(a, 'r-involves-jbic').from = 'sec_1__para_1';
        relationIn(a, 'r-involves-uranium').from = 'sec_1__para_1';
      });
      expect(problemsOf(clash)).toContainEqual({
        file: FILE,
        id: 'sec_1__para_1',
        message:
          'duplicate id: used by a clause and an entity (Proposition) (expected each id once)',
      });
    });

    it('refuses an unknown id at the start of a relation', () => {
      const unknown = withChange(annotation, (a) => {
        relationIn(a, 'r-active-in').from = 'atlantis';
      });
      expectRefused(unknown, [
        'r-active-in',
        'from "atlantis" is not a known entity id or clause eId',
      ]);
    });

    it('refuses an unknown id among the parties of a 双方 relation', () => {
      const unknown = withChange(annotation, (a) => {
        relationIn(a, 'r-condemns').from = ['japan', 'atlantis'];
      });
      expectRefused(unknown, [
        'r-condemns',
        'from "atlantis" is not a known entity id or clause eId',
      ]);
    });

    it('refuses an unknown id at the end of a relation', () => {
      const unknown = withChange(annotation, (a) => {
        relationIn(a, 'r-active-in').to = 'plutonium';
      });
      expectRefused(unknown, [
        'r-active-in',
        'to "plutonium" is not a known entity id or clause eId',
      ]);
    });
  });

  describe('vocabulary', () => {
    it('refuses a relation type that is not in the vocabulary, listing the types it knows', () => {
      const unknown = withChange(annotation, (a) => {
        relationIn(a, 'r-active-in').type = 'LIKES';
      });
      const [problem, ...others] = problemsOf(unknown);
      expect(others).toStrictEqual([]);
      expect(problem).toMatchObject({ file: FILE, id: 'r-active-in' });
      expect(problem?.message).toMatch(/^Invalid option: expected one of .*"ACTIVE_IN"/);
      expect(problem?.message).toContain(
        `(at relations.${annotation.relations.findIndex((r) => r.id === 'r-active-in')}.type)`,
      );
    });

    it('refuses an entity kind that is not in the vocabulary, listing the kinds it knows', () => {
      const unknown = withChange(annotation, (a) => {
        (entityIn(a, 'uranium') as { kind: string }).kind = 'Galaxy';
      });
      const [problem, ...others] = problemsOf(unknown);
      expect(others).toStrictEqual([]);
      expect(problem).toMatchObject({ file: FILE, id: 'uranium' });
      expect(problem?.message).toMatch(/Expected .*'Sector'/);
      expect(problem?.message).toContain(`(at entities.${entityIndex('uranium')}.kind)`);
    });

    it('refuses a relation that ends at a kind its type does not allow (ACTIVE_IN → Person)', () => {
      const wrongEnd = withChange(annotation, (a) => {
        relationIn(a, 'r-active-in').to = 'koizumi-junichiro';
      });
      expectRefused(wrongEnd, [
        'r-active-in',
        'ACTIVE_IN cannot end at a Person ("koizumi-junichiro"); expected Sector',
      ]);
    });

    it('refuses a relation that starts at a kind its type does not allow (Sector ACTIVE_IN)', () => {
      const wrongStart = withChange(annotation, (a) => {
        relationIn(a, 'r-active-in').from = 'uranium';
      });
      expectRefused(wrongStart, [
        'r-active-in',
        'ACTIVE_IN cannot start at a Sector ("uranium"); expected Organization or State',
      ]);
    });

    it('refuses a joint act that names the same party twice', () => {
      const repeated = withChange(annotation, (a) => {
        relationIn(a, 'r-welcomes').from = ['japan', 'japan'];
      });
      expectRefused(repeated, [
        'r-welcomes',
        'from names a party twice (japan, japan); expected distinct ids',
      ]);
    });

    it('refuses a clause relation evidenced by another clause’s words', () => {
      const elsewhere = withChange(annotation, (a) => {
        relationIn(a, 'r-mentions-koizumi').from = 'sec_1__para_1';
      });
      expectRefused(elsewhere, [
        'r-mentions-koizumi',
        'evidence is in clause preface__para_1 but the relation starts at clause sec_1__para_1 (expected its own words)',
      ]);
    });

    it('refuses a relation that ends at a clause where its type allows any kind', () => {
      const toClause = withChange(annotation, (a) => {
        relationIn(a, 'r-mentions-koizumi').to = 'sec_1__para_1';
      });
      expectRefused(toClause, [
        'r-mentions-koizumi',
        'MENTIONS cannot end at a clause ("sec_1__para_1")',
      ]);
    });

    it('refuses PART_OF: the layout derives it, an annotation must not state it', () => {
      const partOf = withChange(annotation, (a) => {
        const relation = relationIn(a, 'r-active-in');
        relation.type = 'PART_OF';
        relation.from = 'sec_1__para_1';
        relation.to = 'test-statement';
      });
      expectRefused(partOf, [
        'r-active-in',
        "PART_OF is not read from a quote and must not be annotated (PART_OF comes from the layout, BROADER from a Sector's broader list)",
      ]);
    });
  });

  describe('entities', () => {
    it('refuses a date that does not exist (2006-02-30)', () => {
      const impossible = withChange(annotation, (a) => {
        Object.assign(entityIn(a, 'date:2006-08-28'), { value: '2006-02-30' });
      });
      expectRefused(impossible, [
        'date:2006-08-28',
        'date "2006-02-30" is not a calendar date (expected YYYY-MM-DD with a real month and day)',
      ]);
    });

    it('refuses a value written at another precision than it states (2006-08 as a day)', () => {
      const monthAsDay = withChange(annotation, (a) => {
        Object.assign(entityIn(a, 'date:2006-08-28'), { value: '2006-08', precision: 'day' });
      });
      expectRefused(monthAsDay, [
        'date:2006-08-28',
        'date "2006-08" does not match precision day (expected YYYY-MM-DD)',
      ]);
    });

    it('refuses an entity without an English name', () => {
      const unnamed = withChange(annotation, (a) => {
        entityIn(a, 'uranium').name.en = '';
      });
      expectRefused(unnamed, [
        'uranium',
        `a non-empty string, got "" (at entities.${entityIndex('uranium')}.name.en)`,
      ]);
    });

    it('refuses INVOLVES without a role', () => {
      const roleless = withChange(annotation, (a) => {
        delete relationIn(a, 'r-involves-jbic').qualifiers;
      });
      expectRefused(roleless, [
        'r-involves-jbic',
        'INVOLVES needs qualifiers.role, one of agent, object, place, time, beneficiary, partner (got undefined)',
      ]);
    });

    it('refuses INVOLVES with a role outside the vocabulary', () => {
      const villain = withChange(annotation, (a) => {
        relationIn(a, 'r-involves-jbic').qualifiers = { role: 'villain' };
      });
      expectRefused(villain, [
        'r-involves-jbic',
        'INVOLVES needs qualifiers.role, one of agent, object, place, time, beneficiary, partner (got "villain")',
      ]);
    });
  });

  it('reports every problem at once, one line each, in the error message', () => {
    const twoWrongs = withChange(annotation, (a) => {
      relationIn(a, 'r-active-in').to = 'koizumi-junichiro';
      Object.assign(entityIn(a, 'date:2006-08-28'), { value: '2006-02-30' });
    });
    expect(() => validateAnnotation(twoWrongs, statement, FILE)).toThrow(
      [
        'Annotation refused (2 problems):',
        `  ${FILE}: date:2006-08-28: date "2006-02-30" is not a calendar date (expected YYYY-MM-DD with a real month and day)`,
        `  ${FILE}: r-active-in: ACTIVE_IN cannot end at a Person ("koizumi-junichiro"); expected Sector`,
      ].join('\n'),
    );
  });

  describe('offsets are Unicode code points, not UTF-16 units', () => {
    // 𠮷 lies outside the Basic Multilingual Plane: one code point, two UTF-16 units.
    const astral = minimalAnnotation({ place: { ja: '𠮷野', en: 'Yoshino' } });
    const signedAt = relationIn(astral.annotation, 'r-signed-at').evidence;

    const utf16Start = astral.statement.lastIndexOf('𠮷野');

    it('accepts offsets counted in code points after an astral character', () => {
      expect(problemsOf(astral.annotation, astral.statement)).toStrictEqual([]);
      // One 𠮷 precedes the quote (in the preface), so code points run one behind UTF-16 units.
      expect([signedAt.start, signedAt.end]).toStrictEqual([utf16Start - 1, utf16Start + 1]);
    });

    it('refuses the same quote given at UTF-16 offsets', () => {
      const utf16 = withChange(astral.annotation, (a) => {
        const evidence = relationIn(a, 'r-signed-at').evidence;
        evidence.start = utf16Start;
        evidence.end = utf16Start + '𠮷野'.length;
      });
      expect(problemsOf(utf16, astral.statement)).toContainEqual(
        expect.objectContaining({ id: 'r-signed-at', message: expect.stringMatching(/is not at/) }),
      );
    });
  });
});

describe('the shipped annotation (fixtures/jp-kz-2006)', () => {
  const raw: unknown = JSON.parse(fs.readFileSync(DEFAULT_ANNOTATION, 'utf8'));
  const real = raw as Annotation;
  const text = fs.readFileSync(
    path.join(path.dirname(DEFAULT_ANNOTATION), real.document.textFile),
    'utf8',
  );
  const points = Array.from(text);
  const at = (start: number, end: number) => points.slice(start, end).join('');
  const length = (quote: string) => Array.from(quote).length;

  it('validates cleanly', () => {
    expect(problemsOf(raw, text)).toStrictEqual([]);
  });

  it('places every clause at its code-point offset', () => {
    for (const { eId, start, text: verbatim } of real.clauses) {
      expect([eId, at(start, start + length(verbatim))]).toStrictEqual([eId, verbatim]);
    }
  });

  it('places every quote, prefix and suffix at its code-point offsets', () => {
    for (const { id, evidence } of real.relations) {
      const { start, end, exact, prefix, suffix } = evidence;
      expect([id, at(start, end)]).toStrictEqual([id, exact]);
      expect([id, at(start - length(prefix), start)]).toStrictEqual([id, prefix]);
      expect([id, at(end, end + length(suffix))]).toStrictEqual([id, suffix]);
    }
  });
});
