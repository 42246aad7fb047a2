/**
 * XML text for the GraphML and GEXF exports: escaping, and typed attribute columns that both
 * formats declare before their nodes and edges. Pure; no I/O.
 */

/** Whether a code point may appear in an XML 1.0 document at all. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

const ALWAYS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns a bare CR into LF; a reference keeps it.
  '\r': '&#13;',
};
// A parser turns a bare newline or tab in an attribute value into a space; references keep them.
const IN_ATTRIBUTES: Record<string, string> = { ...ALWAYS, '\n': '&#10;', '\t': '&#9;' };

/**
 * Anything `escape` might change: markup, quotes, tab/newline/CR, and whatever lies outside the
 * plain ranges (controls, surrogates – so characters outside the BMP take the careful path –,
 * U+FFFE/U+FFFF).
 */
const SPECIAL = /[&<>"'\t\n\r]|[^ -\ud7ff\ue000-\ufffd]/;

function escape(value: string, references: Record<string, string>): string {
  // Most values (names, ids, Japanese text) need nothing: skip the per-character walk.
  if (!SPECIAL.test(value)) return value;
  let out = '';
  for (const char of value) {
    const codePoint = char.codePointAt(0) ?? 0;
    // Characters XML cannot carry (controls, lone surrogates) become U+FFFD.
    out += isXmlChar(codePoint) ? (references[char] ?? char) : '\uFFFD';
  }
  return out;
}

/** Element content: markup characters and quotes escaped, everything else (Japanese) as it is. */
export function xmlText(value: string): string {
  return escape(value, ALWAYS);
}

/** An attribute value to put between double quotes. */
export function xmlAttribute(value: string): string {
  return escape(value, IN_ATTRIBUTES);
}

/** `name="value" …` with every value escaped. */
export function xmlAttributes(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => `${name}="${xmlAttribute(value)}"`)
    .join(' ');
}

/** Attribute types both GraphML and GEXF know. */
export type ColumnType = 'boolean' | 'long' | 'double' | 'string';

export interface Column {
  /** The property's name. */
  readonly name: string;
  readonly type: ColumnType;
}

function typeOf(value: unknown): ColumnType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function widen(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

/**
 * The properties that occur in any of the records, sorted by name, each with the narrowest type
 * that holds all its values (lists and mixed values are strings).
 */
export function columnsOf(records: readonly Record<string, unknown>[]): Column[] {
  const types = new Map<string, ColumnType>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      if (value === null || value === undefined) continue;
      const type = typeOf(value);
      const seen = types.get(name);
      types.set(name, seen === undefined ? type : widen(seen, type));
    }
  }
  return [...types.keys()].sort().map((name) => ({ name, type: types.get(name) ?? 'string' }));
}

/** A property value as attribute text: lists and maps as JSON. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
