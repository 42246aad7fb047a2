import { CONTEXT_LENGTH, type Evidence } from '../ingest/annotation.schema';
import { CodePointText } from '../ingest/code-points';
import { codePointIndex } from './ids';

/**
 * W3C selectors for drafted quotes. The drafter finds spans in UTF-16 (JavaScript) offsets;
 * selectors are code points, so each span is converted once here, with prefix and suffix cut
 * from the statement as the anchoring tool cuts them.
 */
export class Selectors {
  private readonly points: CodePointText;
  private readonly toPoint: (unit: number) => number;

  constructor(readonly statement: string) {
    this.points = new CodePointText(statement);
    this.toPoint = codePointIndex(statement);
  }

  codePoint(unit: number): number {
    return this.toPoint(unit);
  }

  /** Evidence for the UTF-16 span [start, end) of the statement, inside clause `eId`. */
  evidence(eId: string, start: number, end: number): Evidence {
    const from = this.toPoint(start);
    const to = this.toPoint(end);
    return {
      clause: eId,
      exact: this.statement.slice(start, end),
      prefix: this.points.slice(from - CONTEXT_LENGTH, from),
      suffix: this.points.slice(to, to + CONTEXT_LENGTH),
      start: from,
      end: to,
    };
  }
}
