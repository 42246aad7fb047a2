import { InvalidArgumentError } from '../errors';

/**
 * Opaque keyset cursors: the sort key of the last item a page held, so the next page starts
 * after that item wherever it now sits (items added before it do not shift the page, as offsets
 * would). Each cursor names the list it belongs to and is checked on decode: a cursor of another
 * list, a forged or truncated one is BAD_USER_INPUT on `after`, never a query.
 */
export type CursorValue = string | number | null;
export type CursorShape = ReadonlyArray<'string' | 'number' | 'nullable-string'>;

export function encodeCursor(list: string, values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([list, ...values])).toString('base64url');
}

export function decodeCursor(
  cursor: string,
  list: string,
  shape: CursorShape,
  argument = 'after',
): CursorValue[] {
  const invalid = () =>
    new InvalidArgumentError(
      argument,
      `"${cursor.slice(0, 80)}" is not a cursor of this list (use a pageInfo.endCursor)`,
    );
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(decoded) || decoded.length !== shape.length + 1 || decoded[0] !== list) {
    throw invalid();
  }
  const values = decoded.slice(1) as unknown[];
  shape.forEach((expected, i) => {
    const value = values[i];
    const ok =
      expected === 'number'
        ? typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 2 ** 53
        : typeof value === 'string' || (expected === 'nullable-string' && value === null);
    if (!ok || (typeof value === 'string' && value.length > 1_000)) throw invalid();
  });
  return values as CursorValue[];
}

/** An evidence entry's cursor: its entry id. */
export function encodeEvidenceCursor(id: string): string {
  return encodeCursor('evidence', [id]);
}

export function decodeEvidenceCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  return decodeCursor(cursor, 'evidence', ['string'])[0] as string;
}
