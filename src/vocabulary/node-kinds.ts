/**
 * The kinds of node the graph holds. Each kind is a Neo4j label; every node also carries the
 * base label `Entity` so that one uniqueness constraint and one lookup serve every id.
 *
 * This table is the single source for the loader, the Cypher schema, the GraphQL `NodeKind` enum
 * and docs/model.md. Add a kind here and every layer sees it.
 */
export const BASE_LABEL = 'Entity' as const;

export interface KindInfo {
  readonly label: { readonly ja: string; readonly en: string };
  readonly description: string;
  /** Whether the annotation's `entities` list may declare it (structure kinds come from the text). */
  readonly annotated: boolean;
}

export const NODE_KINDS = {
  Document: {
    label: { ja: '文書', en: 'Document' },
    description:
      'A written instrument: this statement, or one it cites (joint statement, memorandum, agreement, resolution, action plan, outcome document, strategy).',
    annotated: true,
  },
  Section: {
    label: { ja: '節', en: 'Section' },
    description:
      'A division of a document: its preface, preamble, a numbered section, or its conclusions.',
    annotated: false,
  },
  Clause: {
    label: { ja: '段落', en: 'Clause' },
    description:
      'One paragraph of a document, verbatim, with an Akoma Ntoso eId (sec_2__para_3) and its place in the text.',
    annotated: false,
  },
  State: {
    label: { ja: '国家', en: 'State' },
    description: 'A sovereign state: the parties and any third state the text names.',
    annotated: true,
  },
  Person: {
    label: { ja: '人物', en: 'Person' },
    description: 'A person, with the office held at the time of the statement.',
    annotated: true,
  },
  Organization: {
    label: { ja: '組織', en: 'Organization' },
    description:
      'An organization or international body: government agency, financial institution, intergovernmental organization, forum, parliament, company group.',
    annotated: true,
  },
  Programme: {
    label: { ja: '計画・枠組み', en: 'Programme' },
    description:
      'A programme, initiative, project or standing framework of cooperation (a dialogue, a scholarship, a development project).',
    annotated: true,
  },
  Event: {
    label: { ja: '出来事', en: 'Event' },
    description:
      'Something that happens at a time: a visit, meeting, conference, negotiation, launch, summit.',
    annotated: true,
  },
  Place: {
    label: { ja: '場所', en: 'Place' },
    description: 'A city, region or geographic feature.',
    annotated: true,
  },
  Sector: {
    label: { ja: '分野', en: 'Sector' },
    description: 'A sector or field of cooperation (energy, uranium, disaster prevention, …).',
    annotated: true,
  },
  Issue: {
    label: { ja: '課題・脅威', en: 'Issue' },
    description: 'A threat, problem or issue the text names (terrorism, the abduction issue, …).',
    annotated: true,
  },
  CalendarDate: {
    label: { ja: '日付', en: 'Date' },
    description:
      'A point in time as an ISO 8601 value with a precision (day, month or year, as Wikidata time precision 11, 10, 9).',
    annotated: true,
  },
  Proposition: {
    label: { ja: '事項', en: 'Proposition' },
    description:
      'A state of affairs that a speech act is about and that is not an entity by itself (Kazakhstan’s initiative to chair the OSCE in 2009), linked by INVOLVES to the entities it concerns.',
    annotated: true,
  },
} as const satisfies Record<string, KindInfo>;

export type NodeKind = keyof typeof NODE_KINDS;

export const NODE_KIND_NAMES = Object.keys(NODE_KINDS) as NodeKind[];

/** The kinds the text's layout gives (sections, clauses), not the annotation's entities. */
export const TEXT_STRUCTURE_KINDS = NODE_KIND_NAMES.filter((kind) => !NODE_KINDS[kind].annotated);

export function isNodeKind(value: string): value is NodeKind {
  return Object.prototype.hasOwnProperty.call(NODE_KINDS, value);
}

/** Kind-specific attribute values that the annotation may use. */
export const DOCUMENT_TYPES = [
  'joint_statement',
  'memorandum',
  'agreement',
  'resolution',
  'action_plan',
  'outcome_document',
  'strategy',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const ORGANIZATION_TYPES = [
  'government',
  'government_agency',
  'financial_institution',
  'intergovernmental_organization',
  'regional_forum',
  'parliament',
  'company_group',
  'training_centre',
  /** A ministry of a government (日本国外務省); ORGAN_OF its government. */
  'ministry',
  /** A principal organ of an intergovernmental organization (the UN Security Council); ORGAN_OF it. */
  'international_organ',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** Wikidata time precision: 9 = year, 10 = month, 11 = day. */
export const DATE_PRECISIONS = { year: 9, month: 10, day: 11 } as const;
export type DatePrecision = keyof typeof DATE_PRECISIONS;

/**
 * Where a document's one `date` comes from, in order of preference: its signing (…付), its
 * adoption (a resolution), the meeting that adopted it, its entry into force, its announcement, or,
 * when the text gives none of these, the date of the document citing it (it existed by then).
 */
export const DOCUMENT_DATE_BASES = {
  signed: 'the date it was signed or dated (SIGNED_ON)',
  adopted: 'the date it was adopted or issued (ADOPTED_ON)',
  adopting_event: 'the date of the meeting that adopted it (ADOPTED_AT → HELD_ON)',
  entered_into_force: 'the date it entered into force (ENTERED_INTO_FORCE_ON)',
  announced: 'the date it was announced (ANNOUNCED_ON)',
  cited_by: 'no later than: the date of the earliest loaded document that references it',
} as const;
export type DocumentDateBasis = keyof typeof DOCUMENT_DATE_BASES;
