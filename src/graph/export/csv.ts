import { BASE_LABEL, type AttributeSpec } from '../../vocabulary';
import { edgeColumns, edgeRecord, nodeColumns, nodeRecord } from './attributes';
import type { PresentedSubgraph } from './present';

/**
 * `nodes.csv` and `relationships.csv` in the header format `neo4j-admin database import full`
 * reads (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, `name:type`, arrays as `type[]`
 * joined by `;`), which Gephi's spreadsheet import also opens. Columns are the vocabulary's
 * attributes (src/vocabulary/export-attributes.ts) by name. Clause texts hold line breaks: import
 * with `--multiline-fields=true`. Pure.
 */
export interface CsvFiles {
  readonly nodes: string;
  readonly relationships: string;
}

/** neo4j-admin's name for a column's type; `string` is its default but is written for clarity. */
function header(spec: AttributeSpec): string {
  return `${spec.name}:${spec.type}${spec.list ? '[]' : ''}`;
}

/** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.map(String).join(';') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(values: readonly unknown[]): string {
  return values.map(field).join(',');
}

export function toCsv(subgraph: PresentedSubgraph): CsvFiles {
  const nodeAttributes = nodeColumns(subgraph).filter((spec) => spec.name !== 'id');
  const edgeAttributes = edgeColumns(subgraph).filter((spec) => spec.name !== 'id');
  const nodes = [
    line(['id:ID', ':LABEL', ...nodeAttributes.map(header)]),
    ...subgraph.nodes.map((node) => {
      const record = nodeRecord(node);
      return line([
        node.id,
        `${BASE_LABEL};${node.kind}`,
        ...nodeAttributes.map((spec) => record[spec.name]),
      ]);
    }),
  ];
  const relationships = [
    line([':START_ID', ':END_ID', ':TYPE', 'id', ...edgeAttributes.map(header)]),
    ...subgraph.edges.map((edge) => {
      const record = edgeRecord(edge);
      return line([
        edge.source,
        edge.target,
        edge.type,
        edge.id,
        ...edgeAttributes.map((spec) => record[spec.name]),
      ]);
    }),
  ];
  return { nodes: nodes.join('\n') + '\n', relationships: relationships.join('\n') + '\n' };
}
