import fs from 'node:fs';

/**
 * Reads a statement file for drafting. Refuses, with a one-line reason, what cannot be a
 * statement: bytes that are not UTF-8, and a file with no text.
 */
export class DraftInputError extends Error {
  override readonly name = 'DraftInputError';
}

export function decodeStatement(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new DraftInputError(
      `${file} is not UTF-8 text (invalid byte sequence at byte ${at}); save it as UTF-8 and retry`,
    );
  }
  if (text.trim().length === 0)
    throw new DraftInputError(`${file} is empty: no statement text to draft`);
  return text;
}

export function readStatement(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new DraftInputError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return decodeStatement(bytes, file);
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const follow =
      lead < 0x80 ? 0 : lead >> 5 === 6 ? 1 : lead >> 4 === 14 ? 2 : lead >> 3 === 30 ? 3 : -1;
    if (follow < 0) return i;
    for (let k = 1; k <= follow; k += 1) {
      if (i + k >= bytes.length || bytes[i + k]! >> 6 !== 2) return i;
    }
    i += follow + 1;
  }
  return bytes.length;
}
