import { createHash } from 'node:crypto';
import { ID_PATTERN } from '../ingest/annotation.schema';

/** Stable ids for drafted entities: the same name drafts the same id in every statement. */
export function hashedId(prefix: string, name: string): string {
  return `${prefix}-${createHash('sha1').update(name).digest('hex').slice(0, 10)}`;
}

/** A readable id from Latin letters (JOGMEC → jogmec) when the text gives one. */
export function slugOf(text: string): string | undefined {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug && ID_PATTERN.test(slug) ? slug : undefined;
}

/** UTF-16 index → code-point index for one text, built once. */
export function codePointIndex(text: string): (unit: number) => number {
  const map = new Int32Array(text.length + 1);
  let points = 0;
  for (let unit = 0; unit < text.length; unit += 1) {
    map[unit] = points;
    const code = text.charCodeAt(unit);
    if (code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length) {
      map[unit + 1] = points;
      unit += 1;
    }
    points += 1;
  }
  map[text.length] = points;
  return (unit) => map[unit]!;
}
