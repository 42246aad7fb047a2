import path from 'node:path';
import kuromoji from 'kuromoji';
import type { Annotation } from './annotation.schema';
import type { Problem } from './validate-annotation';

/**
 * Quotes that name a participant must not cut a word (「双方は、エネ」 cuts エネルギー). Japanese has
 * no spaces, so word boundaries come from a morphological analyser: kuromoji with its IPADIC
 * dictionary, which ships inside the npm package (nothing is downloaded at run time).
 *
 * A boundary is where a kuromoji token starts or ends, plus either side of every punctuation mark
 * (kuromoji joins 「)、」 into one symbol token, and 「・」 inside katakana names into one unknown
 * word: ナザルバーエフ・カザフスタン).
 */

const PUNCTUATION = /[、。,.・「」『』()()〔〕\s]/u;

let tokenizer: Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>> | undefined;

function loadTokenizer(): Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>> {
  tokenizer ??= new Promise((resolve, reject) => {
    const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built)));
  });
  return tokenizer;
}

/** Code-point offsets (relative to the text) where a word may start or end. */
export async function wordBoundaries(text: string): Promise<Set<number>> {
  const analyser = await loadTokenizer();
  const codePoints = [...text];
  // kuromoji counts UTF-16 units; map them to code points.
  const unitToPoint: number[] = [];
  codePoints.forEach((ch, i) => {
    for (let k = 0; k < ch.length; k++) unitToPoint.push(i);
  });
  unitToPoint.push(codePoints.length);
  const boundaries = new Set<number>([0, codePoints.length]);
  let unit = 0;
  for (const token of analyser.tokenize(text)) {
    boundaries.add(unitToPoint[unit]!);
    unit += token.surface_form.length;
    boundaries.add(unitToPoint[unit]!);
  }
  codePoints.forEach((ch, i) => {
    if (PUNCTUATION.test(ch)) {
      boundaries.add(i);
      boundaries.add(i + 1);
    }
  });
  return boundaries;
}

/** Every evidence quote that starts or ends inside a word, as a problem naming the word it cuts. */
export async function checkWordBoundaries(
  annotation: Annotation,
  file: string,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const clause of annotation.clauses) {
    const boundaries = await wordBoundaries(clause.text);
    const points = [...clause.text];
    for (const relation of annotation.relations) {
      const { evidence } = relation;
      if (evidence.clause !== clause.eId) continue;
      const start = evidence.start - clause.start;
      const end = evidence.end - clause.start;
      const cuts = [
        boundaries.has(start)
          ? null
          : `starts inside a word (…${points.slice(Math.max(0, start - 3), start + 3).join('')}…)`,
        boundaries.has(end)
          ? null
          : `ends inside a word (…${points.slice(Math.max(0, end - 3), end + 3).join('')}…)`,
      ].filter(Boolean);
      if (cuts.length)
        problems.push({
          file,
          id: relation.id,
          message: `evidence.exact "${evidence.exact}" ${cuts.join(' and ')}; expected a quote cut at word boundaries`,
        });
    }
  }
  return problems;
}
