import { CONTEXT_LENGTH } from './annotation.schema';

/**
 * Anchors quotes in the statement as W3C Web Annotation selectors (TextQuote + TextPosition).
 * Offsets are Unicode code points, never UTF-16 units, so every index here works on
 * `Array.from(text)`: a character outside the BMP then counts as one, as the selectors define it.
 */

export interface AnchoredQuote {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** Index of `needle` in `haystack` at or after `from`, comparing code points; -1 if absent. */
function indexOfCodePoints(
  haystack: readonly string[],
  needle: readonly string[],
  from: number,
): number {
  for (let i = Math.max(0, from); i + needle.length <= haystack.length; i += 1) {
    let j = 0;
    while (j < needle.length && haystack[i + j] === needle[j]) j += 1;
    if (j === needle.length) return i;
  }
  return -1;
}

/** A short, readable name for a clause in error messages (its offset and opening words). */
function describeClause(clauseText: string, clauseStart: number): string {
  const head = Array.from(clauseText).slice(0, 20).join('');
  return `clause at ${clauseStart} 「${head}…」`;
}

/**
 * Where a clause starts: its first occurrence at or after `searchFrom` (the previous clause's
 * end). Clauses must be located in document order, because a short clause text could also occur
 * earlier inside another paragraph.
 */
export function locateClause(statementText: string, clauseText: string, searchFrom = 0): number {
  const start = indexOfCodePoints(Array.from(statementText), Array.from(clauseText), searchFrom);
  if (start < 0) {
    throw new Error(
      `${describeClause(clauseText, searchFrom)} not found after offset ${searchFrom}`,
    );
  }
  return start;
}

/** Starts of all clauses, in order; each search begins where the previous clause ended. */
export function locateClauses(statementText: string, clauseTexts: readonly string[]): number[] {
  const starts: number[] = [];
  let cursor = 0;
  for (const text of clauseTexts) {
    const start = locateClause(statementText, text, cursor);
    starts.push(start);
    cursor = start + Array.from(text).length;
  }
  return starts;
}

/**
 * Anchors the `occurrence`-th (1-based) occurrence of `exact` inside a clause. The search is
 * confined to the clause so that evidence never points into another paragraph; prefix and suffix
 * come from the whole statement (CONTEXT_LENGTH code points, cut at its ends).
 */
export function anchorQuote(
  statementText: string,
  clauseText: string,
  clauseStart: number,
  exact: string,
  occurrence = 1,
): AnchoredQuote {
  const statement = Array.from(statementText);
  const clause = Array.from(clauseText);
  const where = describeClause(clauseText, clauseStart);
  if (statement.slice(clauseStart, clauseStart + clause.length).join('') !== clauseText) {
    throw new Error(`${where} does not match the statement at that offset`);
  }
  const needle = Array.from(exact);
  if (needle.length === 0 || !Number.isInteger(occurrence) || occurrence < 1) {
    throw new Error(`${where}: empty quote or bad occurrence ${occurrence} for 「${exact}」`);
  }
  let index = -1;
  for (let n = 0; n < occurrence; n += 1) {
    index = indexOfCodePoints(clause, needle, index + 1);
    if (index < 0) {
      throw new Error(`${where}: quote 「${exact}」 (occurrence ${occurrence}) not found`);
    }
  }
  const start = clauseStart + index;
  const end = start + needle.length;
  return {
    exact,
    prefix: statement.slice(Math.max(0, start - CONTEXT_LENGTH), start).join(''),
    suffix: statement.slice(end, end + CONTEXT_LENGTH).join(''),
    start,
    end,
  };
}
