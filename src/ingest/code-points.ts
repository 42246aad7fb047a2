/**
 * Offsets in this project are Unicode code points (W3C Web Annotation TextPositionSelector), not
 * the UTF-16 units JavaScript strings index by. A text indexed once by code point answers slices
 * in O(length of the slice).
 */
export class CodePointText {
  private readonly points: string[];

  constructor(readonly text: string) {
    this.points = Array.from(text);
  }

  get length(): number {
    return this.points.length;
  }

  slice(start: number, end: number): string {
    return this.points.slice(Math.max(0, start), Math.max(0, end)).join('');
  }

  /** Code-point offset of the first occurrence of `needle` at or after `from`, or -1. */
  indexOf(needle: string, from = 0): number {
    const unitFrom = this.points.slice(0, from).join('').length;
    const unitIndex = this.text.indexOf(needle, unitFrom);
    return unitIndex < 0 ? -1 : Array.from(this.text.slice(0, unitIndex)).length;
  }
}

export function codePointLength(text: string): number {
  return Array.from(text).length;
}
