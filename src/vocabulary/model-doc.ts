import { CAMEO_CODES } from './cameo';
import { BASE_LABEL, NODE_KINDS, NODE_KIND_NAMES, type NodeKind } from './node-kinds';
import {
  INVOLVEMENT_ROLES,
  RELATION_TYPES,
  RELATION_TYPE_NAMES,
  STATEMENT_CATEGORIES,
  speechActTypesOf,
  type RelationInfo,
  type StatementCategory,
} from './relation-types';

/**
 * docs/model.md, rendered from the vocabulary so that it cannot drift from the code: a test
 * compares the committed file with this output, and `npm run docs:model` rewrites it. The prose
 * on the annotation format and the example queries live here too; the queries are exported so
 * that an integration test runs exactly the Cypher the document shows.
 */

/** (a) The agreements a clause references, with their signing dates and the quote. */
export const CLAUSE_REFERENCES_QUERY = `// Params: $clauseId (a clause id, such as 'jp-kz-2006#preamble__para_2').
// Returns one row per referenced document: id, title, documentType, signedOn [ISO values], quote.
// Ids are unique and indexed on the base label Entity: naming it makes the lookup a seek.
MATCH (:Entity:Clause {id: $clauseId})-[reference:REFERENCES]->(document:Document)
OPTIONAL MATCH (document)-[:SIGNED_ON]->(date:CalendarDate)
WITH document, reference, collect(DISTINCT date.value) AS signedOn
RETURN document.id AS id, document.nameEn AS title, document.documentType AS documentType,
       signedOn, reference.quote AS quote
ORDER BY signedOn[0], id`;

/** (b) An organization's sectors, and the other organizations active in each. */
export const ORGANIZATION_SECTORS_QUERY = `// Params: $organizationId (an Organization id, such as 'jbic').
// Returns one row per sector: sector, nameJa, nameEn, quotes [evidence], sharedWith [organization ids].
MATCH (organization:Entity:Organization {id: $organizationId})-[active:ACTIVE_IN]->(sector:Sector)
WITH organization, sector, collect(DISTINCT active.quote) AS quotes
OPTIONAL MATCH (other:Organization)-[:ACTIVE_IN]->(sector)
WHERE other <> organization
RETURN sector.id AS sector, sector.nameJa AS nameJa, sector.nameEn AS nameEn, quotes,
       collect(DISTINCT other.id) AS sharedWith
ORDER BY sector`;

/** (c) The neighbourhood of a node up to two hops, as the nodes and relationships to draw. */
export const NEIGHBOURHOOD_QUERY = `// Params: $id (any node id), $limit (at most this many paths, so a hub such as a party stays drawable).
// Returns nodes [{id, kind, nameJa, nameEn}] and relationships [{id, type, from, to, quote}].
MATCH path = (:Entity {id: $id})-[*1..2]-(:Entity)
WITH path LIMIT $limit
UNWIND nodes(path) AS node
WITH collect(DISTINCT node) AS nodes, collect(DISTINCT path) AS paths
WITH nodes, reduce(seen = [], p IN paths |
       seen + [r IN relationships(p) WHERE NOT r IN seen]) AS relationships
RETURN [n IN nodes | n {.id, .kind, .nameJa, .nameEn}] AS nodes,
       [r IN relationships | {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id,
                              quote: r.quote}] AS relationships`;

export function renderModelDoc(): string {
  return [
    '<!-- Generated from src/vocabulary by src/vocabulary/model-doc.ts: do not edit by hand.',
    '     Regenerate with `npm run docs:model`; a unit test fails while this file is stale. -->',
    // Prettier would pad the tables to align them; the generator's output is the format.
    '<!-- prettier-ignore-start -->',
    '',
    '# The graph model',
    '',
    `Every node has the label \`${BASE_LABEL}\` and one label for its kind; every relationship has one`,
    'type from the closed vocabulary below. `any` in the diagram stands for every kind.',
    '',
    ...renderDiagram(),
    '',
    ...renderKindTable(),
    '',
    ...renderRelationTable(),
    '',
    ...renderCameoTable(),
    '',
    ...renderStatementCategories(),
    '',
    ANNOTATION_FORMAT,
    '',
    ...renderQueries(),
    '<!-- prettier-ignore-end -->',
    '',
  ].join('\n');
}

const ANY = 'Any';

function ends(allowed: readonly NodeKind[] | 'any'): readonly string[] {
  return allowed === 'any' ? [ANY] : allowed;
}

/** One edge per (from, to) pair, labelled with every type it allows: the diagram stays legible. */
function renderDiagram(): string[] {
  const pairs = new Map<string, string[]>();
  for (const type of RELATION_TYPE_NAMES) {
    const info = RELATION_TYPES[type];
    for (const from of ends(info.from)) {
      for (const to of ends(info.to)) {
        const key = `${from} ${to}`;
        pairs.set(key, [...(pairs.get(key) ?? []), type]);
      }
    }
  }
  const nodes = NODE_KIND_NAMES.map(
    (kind) => `  ${kind}["${kind}<br/>${NODE_KINDS[kind].label.ja}"]`,
  );
  const edges = [...pairs].map(([key, types]) => {
    const [from, to] = key.split(' ');
    return `  ${from} -->|"${types.join('<br/>')}"| ${to}`;
  });
  return ['```mermaid', 'flowchart LR', ...nodes, `  ${ANY}(["any kind"])`, ...edges, '```'];
}

/** A table cell: pipes would end the cell, newlines the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function renderKindTable(): string[] {
  return [
    '## Node kinds',
    '',
    row(['Kind (label)', '日本語', 'English', 'Annotated', 'Description']),
    row(['---', '---', '---', '---', '---']),
    ...NODE_KIND_NAMES.map((kind) => {
      const info = NODE_KINDS[kind];
      return row([
        `\`${kind}\``,
        info.label.ja,
        info.label.en,
        info.annotated ? 'yes' : 'no, derived from the text',
        info.description,
      ]);
    }),
  ];
}

function renderRelationTable(): string[] {
  const list = (allowed: readonly NodeKind[] | 'any') =>
    allowed === 'any' ? 'any' : allowed.join(', ');
  return [
    '## Relationship types',
    '',
    row([
      'Type',
      '日本語',
      'English',
      'Category',
      'CAMEO',
      'From',
      'To',
      'Evidenced',
      'Description',
    ]),
    row(['---', '---', '---', '---', '---', '---', '---', '---', '---']),
    ...RELATION_TYPE_NAMES.map((type) => {
      const info: RelationInfo = RELATION_TYPES[type];
      return row([
        `\`${type}\``,
        info.label.ja,
        info.label.en,
        info.category,
        (info.cameoCodes ?? []).map((c) => c.code).join(', '),
        list(info.from),
        list(info.to),
        info.evidenced ? 'yes: a quote' : 'no: layout or thesaurus',
        info.description,
      ]);
    }),
  ];
}

/** Each type's valid CAMEO codes, and when an act takes which. */
function renderCameoTable(): string[] {
  return [
    '## CAMEO codes per act',
    '',
    'Each act records its own CAMEO code (`cameo` on the relation; the type’s first code when the',
    'annotation names none), because one type covers acts CAMEO tells apart: an intent is 030 in',
    'general, 031 for material cooperation, 033 for aid, 036 to meet or negotiate. The validator',
    'refuses a code not listed for the act’s type.',
    '',
    row(['Type', 'Code', 'CAMEO name', 'When']),
    row(['---', '---', '---', '---']),
    ...RELATION_TYPE_NAMES.flatMap((type) =>
      ((RELATION_TYPES[type] as RelationInfo).cameoCodes ?? []).map((choice) =>
        row([`\`${type}\``, choice.code, CAMEO_CODES[choice.code], choice.when]),
      ),
    ),
  ];
}

/** The analyst's groups of speech acts (the `statements` field's `category`). */
function renderStatementCategories(): string[] {
  return [
    '## Statement categories',
    '',
    row(['Category', '日本語', 'Speech acts', 'Description']),
    row(['---', '---', '---', '---']),
    ...(Object.keys(STATEMENT_CATEGORIES) as StatementCategory[]).map((category) => {
      const info = STATEMENT_CATEGORIES[category];
      return row([
        `\`${category}\``,
        info.label.ja,
        speechActTypesOf(category).join(', '),
        info.description,
      ]);
    }),
  ];
}

const ANNOTATION_FORMAT = `## The annotation format

A statement ships as two files in \`fixtures/<document>/\`: \`statement.txt\`, the verbatim text,
and \`annotation.json\`, which \`src/ingest/annotation.schema.ts\` describes exactly and
\`src/ingest/validate-annotation.ts\` checks against the text before anything is written.

- **document**: the statement's id (\`jp-kz-2006\`), bilingual title, \`documentType\`, language,
  \`textFile\`, source, and the ids of its signing date, place, signatories and parties.
- **sections**: Akoma Ntoso eIds (\`preface\`, \`preamble\`, \`sec_1\` … \`sec_6\`,
  \`conclusions\`) with a bilingual heading and, where printed, the heading line verbatim.
- **clauses**: one per paragraph, with an eId under its section (\`sec_2__para_3\`,
  \`conclusions__signature_1\`), the Japanese text verbatim, an English translation and its
  \`start\` offset. In the graph a clause's id is \`<document>#<eId>\`, and \`PART_OF\` links
  clause → section → document; those links come from the layout, never from the annotation.
- **entities**: \`{ id, kind, name: { ja, en }, aliases, description? }\` plus what the kind
  needs (\`iso3166\` for a State, \`office\` for a Person, \`organizationType\`, \`documentType\`,
  \`value\` and \`precision\` for a CalendarDate: \`2006-08-28\` day, \`2005-11\` month, \`2007\` year).
  Ids are lowercase slugs (\`jogmec\`, \`date:2006-08-28\`).
- **relations**: \`{ id, type, from, to, evidence, qualifiers? }\`. \`from\` and \`to\` name entity
  ids or clause eIds, of kinds the type allows (table above). When the text says the parties act
  together (双方は、…), \`from\` is an array of their ids and the graph gets one edge per party,
  marked \`jointly\`. \`INVOLVES\` needs \`qualifiers.role\`, one of ${INVOLVEMENT_ROLES.join(', ')};
  an INVOLVES that would only repeat the act's speaker (双方, 日本側 as the subject) is left out.
  A speech act may name its \`cameo\` code (table above) and its premise in \`qualifiers.basis\`
  (…に立脚しつつ, …を踏まえ: the premise is not an act of its own).
- **sectors** may list \`broader\` sector ids (SKOS broader: \`uranium\` → \`energy-resources\` →
  \`energy\`); the loader draws them as \`BROADER\` links, and sector filters include narrower
  sectors.
- **evidence**: a W3C Web Annotation TextQuoteSelector and TextPositionSelector plus the clause
  that holds the quote: \`{ clause, exact, prefix, suffix, start, end }\`. Offsets count Unicode
  code points of \`statement.txt\` (a character outside the BMP, such as 𠮷, counts once, not as
  two UTF-16 units); \`[start, end)\` must hold \`exact\`, lie inside the clause, and be preceded by
  \`prefix\` and followed by \`suffix\`. Each relationship stores the quote and its offsets.`;

function renderQueries(): string[] {
  const block = (cypher: string) => ['```cypher', cypher, '```'];
  return [
    '## Queries',
    '',
    '### The agreements a clause references',
    '',
    ...block(CLAUSE_REFERENCES_QUERY),
    '',
    '### An organization’s sectors, and who else is active in them',
    '',
    ...block(ORGANIZATION_SECTORS_QUERY),
    '',
    '### A node’s neighbourhood to draw',
    '',
    ...block(NEIGHBOURHOOD_QUERY),
    '',
  ];
}
