import { CONTEXT_LENGTH } from './annotation.schema';
import { CodePointText, codePointLength } from './code-points';

/**
 * Anchors quotes in the statement as W3C Web Annotation selectors (TextQuote + TextPosition).
 * Offsets are Unicode code points, never UTF-16 units (CodePointText): a character outside the
 * BMP counts as one, as the selectors define it.
 */

export interface AnchoredQuote {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
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
  const start = new CodePointText(statementText).indexOf(clauseText, searchFrom);
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
    cursor = start + codePointLength(text);
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
  const statement = new CodePointText(statementText);
  const clause = new CodePointText(clauseText);
  const where = describeClause(clauseText, clauseStart);
  if (statement.slice(clauseStart, clauseStart + clause.length) !== clauseText) {
    throw new Error(`${where} does not match the statement at that offset`);
  }
  if (exact.length === 0 || !Number.isInteger(occurrence) || occurrence < 1) {
    throw new Error(`${where}: empty quote or bad occurrence ${occurrence} for 「${exact}」`);
  }
  let index = -1;
  for (let n = 0; n < occurrence; n += 1) {
    index = clause.indexOf(exact, index + 1);
    if (index < 0) {
      throw new Error(`${where}: quote 「${exact}」 (occurrence ${occurrence}) not found`);
    }
  }
  const start = clauseStart + index;
  const end = start + codePointLength(exact);
  return {
    exact,
    prefix: statement.slice(start - CONTEXT_LENGTH, start),
    suffix: statement.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}
