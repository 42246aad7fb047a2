import type { Annotation } from '../../src/ingest/annotation.schema';
import {
  AnnotationError,
  checkAnnotation,
  reviewWarnings,
  type Problem,
} from '../../src/ingest/validate-annotation';
import { readAnnotation } from '../../src/ingest/read-annotation';
import { checkWordBoundaries } from '../../src/ingest/word-boundaries';
import {
  entityIn,
  evidenceIn,
  minimalAnnotation,
  relationIn,
  withChange,
} from '../support/annotations';

/**
 * What the validator adds for an analyst's reading: CAMEO codes valid per act, premises that
 * name a known node, an acyclic sector hierarchy (errors); a government without its state and a
 * programme whose owner the text names (review warnings, a channel of their own); quotes cut at
 * word boundaries by a Japanese tokenizer (errors of `npm run annotation:check`).
 */
const FILE = 'fixtures/test/annotation.json';
const { annotation, statement } = minimalAnnotation();
const quote = evidenceIn(statement, annotation.clauses);

function problemsOf(candidate: Annotation): readonly Problem[] {
  try {
    checkAnnotation(candidate, statement, FILE);
    return [];
  } catch (error) {
    if (!(error instanceof AnnotationError)) throw error;
    return error.problems;
  }
}
const warningsOf = (candidate: Annotation) => checkAnnotation(candidate, statement, FILE).warnings;
const problem = (id: string, message: string): Problem => ({ file: FILE, id, message });

describe('CAMEO codes per act', () => {
  it('accepts a code the act’s type lists', () => {
    const coded = withChange(annotation, (a) => {
      relationIn(a, 'r-condemns').cameo = '111';
    });
    expect(problemsOf(coded)).toStrictEqual([]);
  });

  it('refuses a code the act’s type does not list, naming the codes it does', () => {
    const miscoded = withChange(annotation, (a) => {
      relationIn(a, 'r-welcomes').cameo = '111';
    });
    expect(problemsOf(miscoded)).toStrictEqual([
      problem('r-welcomes', 'CAMEO 111 is not a code for WELCOMES (expected one of 051)'),
    ]);
  });

  it('refuses a code on a type that takes none', () => {
    const miscoded = withChange(annotation, (a) => {
      relationIn(a, 'r-active-in').cameo = '057';
    });
    expect(problemsOf(miscoded)).toStrictEqual([
      problem('r-active-in', 'ACTIVE_IN takes no CAMEO code (got 057)'),
    ]);
  });
});

describe('premises and the sector hierarchy', () => {
  it('refuses a basis that names no node', () => {
    const dangling = withChange(annotation, (a) => {
      relationIn(a, 'r-welcomes').qualifiers = { basis: 'atlantis' };
    });
    expect(problemsOf(dangling)).toStrictEqual([
      problem(
        'r-welcomes',
        'qualifiers.basis "atlantis" is not a known entity id (expected the premise the act rests on)',
      ),
    ]);
  });

  it('refuses a broader sector that is not a sector, and a cycle', () => {
    const notASector = withChange(annotation, (a) => {
      const uranium = entityIn(a, 'uranium');
      if (uranium.kind === 'Sector') uranium.broader = ['jbic'];
    });
    expect(problemsOf(notASector)).toStrictEqual([
      problem('uranium', 'broader "jbic" is an Organization (expected a Sector id)'),
    ]);
    const cycle = withChange(annotation, (a) => {
      a.entities.push({
        id: 'energy',
        kind: 'Sector',
        name: { ja: 'エネルギー', en: 'Energy' },
        aliases: [],
        broader: ['uranium'],
      });
      const uranium = entityIn(a, 'uranium');
      if (uranium.kind === 'Sector') uranium.broader = ['energy'];
    });
    expect(problemsOf(cycle).map((p) => p.message)).toContain(
      'broader leads back to the sector itself (expected no cycle)',
    );
  });
});

describe('review warnings', () => {
  const withGovernment = (linked: boolean) =>
    withChange(annotation, (a) => {
      a.entities.push({
        id: 'japanese-government',
        kind: 'Organization',
        name: { ja: '日本国政府', en: 'Government of Japan' },
        aliases: [],
        organizationType: 'government',
      });
      if (linked)
        a.relations.push({
          id: 'r-government-of',
          type: 'GOVERNMENT_OF',
          from: 'japanese-government',
          to: 'japan',
          evidence: quote('preface__para_1', '日本国'),
        });
    });

  it('warns of a government not linked to its state, without refusing the annotation', () => {
    expect(warningsOf(withGovernment(false))).toStrictEqual([
      problem(
        'japanese-government',
        'a government with no GOVERNMENT_OF (expected the state it governs)',
      ),
    ]);
    expect(warningsOf(withGovernment(true))).toStrictEqual([]);
  });

  it('warns of a programme whose owner the text names 「<owner>の<programme>」 but no RUNS links', () => {
    // reviewWarnings reads clause texts and relations only, so a clause can be extended here
    // without re-anchoring the other quotes.
    const owned = (linked: boolean) =>
      withChange(annotation, (a) => {
        a.clauses[1]!.text += 'カザフスタン共和国の国家戦略を支援する。';
        a.entities.push({
          id: 'kz-national-strategy',
          kind: 'Document',
          name: { ja: '国家戦略', en: 'National Strategy' },
          aliases: [],
          documentType: 'strategy',
        });
        if (linked)
          a.relations.push({
            ...relationIn(a, 'r-active-in'),
            id: 'r-runs',
            type: 'RUNS',
            from: 'kazakhstan',
            to: 'kz-national-strategy',
          });
      });
    expect(reviewWarnings(owned(false), FILE)).toStrictEqual([
      problem(
        'kz-national-strategy',
        'the text names its owner ("カザフスタン共和国の国家戦略") but no RUNS relation links kazakhstan to it',
      ),
    ]);
    expect(reviewWarnings(owned(true), FILE)).toStrictEqual([]);
  });
});

describe('the shipped statement', () => {
  it('has no quote cut inside a word and nothing for a reviewer to add', async () => {
    const { annotation: shipped, file } = readAnnotation();
    expect(reviewWarnings(shipped, file)).toStrictEqual([]);
    expect(await checkWordBoundaries(shipped, file)).toStrictEqual([]);
  });
});

describe('quotes cut at word boundaries', () => {
  it('accepts quotes that start and end between words', async () => {
    expect(await checkWordBoundaries(annotation, FILE)).toStrictEqual([]);
  });

  it('refuses a quote that ends inside a word, showing the word it cuts', async () => {
    const cut = withChange(annotation, (a) => {
      relationIn(a, 'r-involves-jbic').evidence = quote('sec_1__para_1', '国際協力銀');
    });
    expect(await checkWordBoundaries(cut, FILE)).toStrictEqual([
      problem(
        'r-involves-jbic',
        'evidence.exact "国際協力銀" ends inside a word (…協力銀行(J…); expected a quote cut at word boundaries',
      ),
    ]);
  });
});
