import { CAMEO_CODES, INTENT_CHOICES, type CameoChoice } from './cameo';
import type { NodeKind } from './node-kinds';

/**
 * The closed vocabulary of relationship types. Each entry is a Neo4j relationship type; Cypher
 * that needs a type takes it from here (never from a user's string).
 *
 * - `speech_act`: something a party says in the statement. Its `cameo` code is the CAMEO event
 *   code (Schrodt, CAMEO 1.1b3) so that edges line up with GDELT/ICEWS-style event data.
 * - `structural`: a fact about the text or the world that the text states (references, signed on,
 *   held in, member of, active in a sector, mentions, …).
 * - `PART_OF` (clause → section → document) is derived from the layout and `BROADER` (sector →
 *   broader sector) from the sectors' declared hierarchy, so neither carries evidence. Every other
 *   relation carries the quote that asserts it.
 */
export type RelationCategory = 'speech_act' | 'structural';

/**
 * What an analyst asks for when asking "who said what": speech acts grouped by what they do.
 * The `statements` root field filters on these.
 */
export const STATEMENT_CATEGORIES = {
  position: {
    label: { ja: '見解', en: 'position' },
    description:
      'The speaker states, confirms, stresses or shares a view (指摘, 確認, 強調, 認識を共有, 確信).',
  },
  commitment: {
    label: { ja: '約束・意向', en: 'commitment' },
    description:
      'The speaker says it will, intends to, or is ready to do something (実施する, 意向, 用意).',
  },
  appreciation: {
    label: { ja: '評価・支持', en: 'appreciation' },
    description: 'The speaker welcomes, supports, values or thanks (歓迎, 支持, 評価, 謝意).',
  },
  expectation: {
    label: { ja: '期待・関心', en: 'expectation' },
    description: 'The speaker hopes for or is interested in something (期待, 希望, 関心).',
  },
  criticism: {
    label: { ja: '非難', en: 'criticism' },
    description: 'The speaker condemns or criticizes (非難).',
  },
} as const;

export type StatementCategory = keyof typeof STATEMENT_CATEGORIES;

export interface RelationInfo {
  readonly label: { readonly ja: string; readonly en: string };
  readonly description: string;
  readonly category: RelationCategory;
  /** The default CAMEO event code of a speech act: the one an act gets when it names none. */
  readonly cameo?: { readonly code: string; readonly name: string };
  /**
   * The CAMEO codes an act of this type may carry (its own `cameo`), each with when to choose it.
   * Absent: the type takes no CAMEO code.
   */
  readonly cameoCodes?: readonly CameoChoice[];
  /** For speech acts: the analyst's group (position, commitment, appreciation …). */
  readonly statementCategory?: StatementCategory;
  /** Kinds allowed at the start and the end; `any` = every kind. */
  readonly from: readonly NodeKind[] | 'any';
  readonly to: readonly NodeKind[] | 'any';
  /** False for links not read from a quote: the layout (PART_OF) and the sector thesaurus (BROADER). */
  readonly evidenced: boolean;
  /**
   * A fact between entities that many documents can repeat (JBIC is active in uranium): stored
   * as ONE relationship per (from, type, to), carrying how many documents assert it and every
   * assertion's evidence, so that traversals cost the same however many documents repeat it.
   * False for speech acts and text links, which stay one relationship per act or clause.
   */
  readonly perFact: boolean;
}

const AGENTS = ['State', 'Person', 'Organization'] as const satisfies readonly NodeKind[];

function speechAct(
  ja: string,
  en: string,
  description: string,
  statementCategory: StatementCategory,
  cameoCodes: readonly CameoChoice[],
): RelationInfo {
  const [first] = cameoCodes;
  if (!first) throw new Error(`speech act ${en} lists no CAMEO code`);
  return {
    label: { ja, en },
    description,
    category: 'speech_act',
    cameo: { code: first.code, name: CAMEO_CODES[first.code] },
    cameoCodes,
    statementCategory,
    from: AGENTS,
    to: 'any',
    evidenced: true,
    perFact: false,
  };
}

function structural(
  ja: string,
  en: string,
  description: string,
  from: readonly NodeKind[] | 'any',
  to: readonly NodeKind[] | 'any',
  perFact = false,
): RelationInfo {
  return {
    label: { ja, en },
    description,
    category: 'structural',
    from,
    to,
    evidenced: true,
    perFact,
  };
}

const PRAISE: readonly CameoChoice[] = [
  { code: '051', when: 'every act of approval: welcoming, valuing, thanking, endorsing' },
];
const STATEMENT: readonly CameoChoice[] = [
  { code: '010', when: 'a statement of fact or opinion' },
  { code: '019', when: 'the parties state together that they agree (双方 …確認する)' },
];
const OPTIMISM: readonly CameoChoice[] = [
  { code: '013', when: 'a hope, expectation or conviction about the future' },
];

export const RELATION_TYPES = {
  // ── Speech acts ─────────────────────────────────────────────────────────────────────────────
  WELCOMES: speechAct(
    '歓迎する',
    'welcomes',
    'The agent welcomes the target.',
    'appreciation',
    PRAISE,
  ),
  SUPPORTS: speechAct(
    '支持する',
    'supports',
    'The agent supports or reaffirms its support for the target.',
    'appreciation',
    [
      ...PRAISE,
      {
        code: '032',
        when: 'the support is a pledge of diplomatic backing (a candidacy, a resolution)',
      },
    ],
  ),
  APPRECIATES: speechAct(
    '評価する',
    'appreciates',
    'The agent values or evaluates positively (評価する, 高く評価する, 肯定的に評価する).',
    'appreciation',
    PRAISE,
  ),
  EXPRESSES_GRATITUDE: speechAct(
    '謝意を表明する',
    'expresses gratitude for',
    'The agent thanks another party for the target.',
    'appreciation',
    PRAISE,
  ),
  CONDEMNS: speechAct('非難する', 'condemns', 'The agent condemns the target.', 'criticism', [
    { code: '111', when: 'an explicit condemnation or criticism (非難する)' },
    { code: '110', when: 'a milder disapproval (遺憾, 懸念)' },
  ]),
  CONFIRMS: speechAct(
    '確認する',
    'confirms',
    'The agent confirms or reaffirms the target (確認する, 再確認する).',
    'position',
    STATEMENT,
  ),
  STRESSES: speechAct(
    '強調する',
    'stresses',
    'The agent stresses or attaches importance to the target (強調する, 重視する).',
    'position',
    STATEMENT,
  ),
  NOTES: speechAct(
    '指摘する',
    'notes',
    'The agent points out the target (指摘する). A participial premise (…に立脚しつつ, …を踏まえ) is not a NOTES act but the `basis` of the act it introduces (BASED_ON).',
    'position',
    STATEMENT,
  ),
  IS_CONVINCED: speechAct(
    '確信する',
    'is convinced of',
    'The agent is convinced of the target.',
    'position',
    OPTIMISM,
  ),
  SHARES_VIEW: speechAct(
    '認識を共有する',
    'shares the view',
    'The agents share a view or recognition (認識を共有する, 意見を共有する).',
    'position',
    [{ code: '019', when: 'the parties state a view they hold in common' }],
  ),
  INTENDS: speechAct(
    '意向を有する',
    'intends',
    'The agent intends or is determined to do the target (意向を有する, 意向を表明する, 決意を表明する, 志向する).',
    'commitment',
    INTENT_CHOICES,
  ),
  COMMITS_TO: speechAct(
    '実施する',
    'commits to',
    'The agent states plainly that it will do the target (…を強化する, …を実施する, 措置をとる).',
    'commitment',
    INTENT_CHOICES,
  ),
  IS_READY_TO: speechAct(
    '用意がある',
    'is ready to',
    'The agent is ready to do the target (用意がある); qualifier `confirmed` when the text confirms the readiness (用意があることを確認する): one act, not a CONFIRMS beside it.',
    'commitment',
    INTENT_CHOICES,
  ),
  IS_READY_TO_CONSIDER: speechAct(
    '検討する用意がある',
    'is ready to consider',
    'The agent is ready to consider the target.',
    'commitment',
    [{ code: '014', when: 'the agent will consider a proposal or option (検討する)' }],
  ),
  EXPECTS: speechAct(
    '期待を表明する',
    'expects',
    'The agent expects or hopes for the target (期待, 希望).',
    'expectation',
    OPTIMISM,
  ),
  EXPRESSES_INTEREST: speechAct(
    '関心を表明する',
    'expresses interest in',
    'The agent expresses interest in the target.',
    'expectation',
    [
      { code: '021', when: 'interest in material cooperation in general' },
      { code: '0211', when: 'interest in economic cooperation: investment, trade, technology' },
    ],
  ),

  // ── Structural facts the text states ───────────────────────────────────────────────────────
  PART_OF: {
    label: { ja: '一部である', en: 'part of' },
    description:
      'Layout: a clause is part of a section, a section part of a document. Derived from the text, no evidence.',
    category: 'structural',
    from: ['Clause', 'Section'],
    to: ['Section', 'Document'],
    evidenced: false,
    perFact: false,
  },
  MENTIONS: structural(
    '言及する',
    'mentions',
    'A clause names an entity; the quote is the name as written.',
    ['Clause'],
    'any',
  ),
  REFERENCES: structural(
    '参照する',
    'references',
    'A clause cites a document or agreement.',
    ['Clause'],
    ['Document'],
  ),
  PARTY_TO: {
    ...structural(
      '当事者である',
      'party to',
      'A state, person or organization is a party to a document, an event (a visit, a negotiation) or a programme it takes part in (日本の企業・機関が参加する…プロジェクト). The act of taking part may carry its own CAMEO code.',
      ['State', 'Person', 'Organization'],
      ['Document', 'Event', 'Programme'],
    ),
    cameoCodes: [
      { code: '042', when: 'the party makes a visit (訪問する)' },
      { code: '043', when: 'the party hosts a visit (招聘する)' },
      { code: '046', when: 'the party negotiates (交渉)' },
      { code: '057', when: 'the party signs the document (署名)' },
    ],
  },
  SIGNED_BY: {
    ...structural(
      '署名者',
      'signed by',
      'A document is signed by a person; the signing is CAMEO 057.',
      ['Document'],
      ['Person'],
    ),
    cameoCodes: [{ code: '057', when: 'always: signing a document is CAMEO 057' }],
  },
  SIGNED_AT: structural(
    '署名地',
    'signed at',
    'A document is signed at a place.',
    ['Document'],
    ['Place'],
  ),
  SIGNED_ON: structural(
    '署名日',
    'signed on',
    'A document is signed, or dated, on a date (…付).',
    ['Document'],
    ['CalendarDate'],
  ),
  ADOPTED_ON: structural(
    '採択日',
    'adopted on',
    'A document (a resolution, a joint statement of a meeting) is adopted or issued on a date.',
    ['Document'],
    ['CalendarDate'],
  ),
  ANNOUNCED_ON: structural(
    '表明日',
    'announced on',
    'A policy, programme or initiative is announced on a date (2004年8月に表明した方針). The date belongs to the announcement, not to what later happened to it.',
    ['Programme', 'Document'],
    ['CalendarDate'],
  ),
  ISSUED_BY: structural(
    '発出者',
    'issued by',
    'A document is issued or adopted by a body (国連安保理決議1695 → 国連安全保障理事会).',
    ['Document'],
    ['Organization', 'State', 'Person'],
  ),
  ADOPTED_AT: structural(
    '採択された場',
    'adopted at',
    'A document is adopted at an event.',
    ['Document'],
    ['Event'],
  ),
  ENTERED_INTO_FORCE_ON: structural(
    '発効日',
    'entered into force on',
    'A document entered into force on a date.',
    ['Document'],
    ['CalendarDate'],
  ),
  HELD_IN: structural(
    '開催地',
    'held in',
    'An event takes place in a place or state.',
    ['Event'],
    ['Place', 'State'],
  ),
  HELD_ON: structural(
    '開催日',
    'held on',
    'An event takes place on a date; qualifier `bound` (start, end) for ranges.',
    ['Event'],
    ['CalendarDate'],
  ),
  INVITED_BY: structural(
    '招聘者',
    'at the invitation of',
    'An event (a visit) happens at the invitation of a person.',
    ['Event'],
    ['Person', 'State'],
  ),
  HOLDS_OFFICE_IN: structural(
    '役職',
    'holds office in',
    'A person holds an office of a state or organization; qualifiers `office` (as written: Prime Minister of Japan) and `position` (head_of_state, head_of_government, minister …). Recorded once per person and office, not once per mention.',
    ['Person'],
    ['State', 'Organization'],
    true,
  ),
  GOVERNMENT_OF: structural(
    '政府である',
    'government of',
    'A government is the government of its state (日本国政府 → 日本国). Acts of a government count as acts of its state when a query includes officials.',
    ['Organization'],
    ['State'],
  ),
  ORGAN_OF: structural(
    '機関である',
    'organ of',
    'A ministry, agency, parliament or principal organ belongs to a government, a state or an international organization (日本国外務省 → 日本国政府; 国連安全保障理事会 → 国際連合).',
    ['Organization'],
    ['Organization', 'State'],
  ),
  RUNS: structural(
    '実施・所管する',
    'runs',
    'A state, person or organization runs or owns a programme, policy or strategy (カザフスタン共和国大統領の国際教育プログラム「ボラシャク」; カザフスタン共和国の国家戦略).',
    ['State', 'Person', 'Organization'],
    ['Programme', 'Document'],
  ),
  WITHIN_FRAMEWORK: structural(
    '枠組みに属する',
    'within the framework of',
    'A meeting, document or programme belongs to a standing framework (「中央アジア+日本」対話第2回外相会合 → 「中央アジア+日本」対話) or an organization’s series (国連首脳会合 → 国連).',
    ['Event', 'Document', 'Programme'],
    ['Programme', 'Organization'],
  ),
  MEMBER_OF: structural(
    '加盟している',
    'member of',
    'A state is a member of an organization.',
    ['State'],
    ['Organization'],
    true,
  ),
  PARTNER_OF: structural(
    'パートナーである',
    'partner of',
    'A state is a partner of an organization (Asian Partner for Co-operation of the OSCE).',
    ['State'],
    ['Organization'],
    true,
  ),
  ACTIVE_IN: structural(
    '関与している',
    'active in',
    'An organization or state is engaged in a sector or field. A programme acts through those who run it, so the field it is in is what it CONCERNS.',
    ['Organization', 'State'],
    ['Sector'],
    true,
  ),
  CONCERNS: structural(
    '関する',
    'concerns',
    'A document, event, programme or issue is about a sector, issue or entity (a programme’s field: カシャガン油田開発プロジェクト concerns oil).',
    ['Document', 'Event', 'Programme', 'Issue', 'Organization'],
    'any',
  ),
  BASED_ON: structural(
    '基づく・踏まえる',
    'based on',
    'What an act is about rests on a premise or an instrument (…に立脚しつつ, …を踏まえ, …に基づき, …に従い). The premise is not a separate act: the act names it in its `basis` qualifier, and the content it introduces is BASED_ON it.',
    ['Proposition', 'Programme', 'Event', 'Document'],
    'any',
  ),
  BROADER: {
    label: { ja: '上位分野', en: 'broader' },
    description:
      'SKOS broader: a sector is a narrower field of another (uranium → energy resources → energy). Declared on the Sector (`broader`), not read from a quote; a query for a sector includes its narrower sectors.',
    category: 'structural',
    from: ['Sector'],
    to: ['Sector'],
    evidenced: false,
    // Shared sectors: every document declaring the same broader sector shares one edge.
    perFact: true,
  },
  INVOLVES: structural(
    '関わる',
    'involves',
    'A proposition involves an entity; qualifier `role` (agent, object, place, time, beneficiary).',
    ['Proposition'],
    'any',
  ),
  LOCATED_IN: structural(
    '所在する',
    'located in',
    'A place, organization or programme is located in a place or state.',
    ['Place', 'Organization', 'Programme', 'Event'],
    ['Place', 'State'],
    true,
  ),
} as const satisfies Record<string, RelationInfo>;

export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATION_TYPES, value);
}

export const SPEECH_ACT_TYPES = RELATION_TYPE_NAMES.filter(
  (t) => RELATION_TYPES[t].category === 'speech_act',
);

/** The types stored as one relationship per (from, type, to): see RelationInfo.perFact. */
export const PER_FACT_TYPES = RELATION_TYPE_NAMES.filter((t) => RELATION_TYPES[t].perFact);

/** The types stored as one relationship per act or clause, each with its document as `source`. */
export const PER_ACT_TYPES = RELATION_TYPE_NAMES.filter((t) => !RELATION_TYPES[t].perFact);

/** The speech-act types of a statement category, in vocabulary order. */
export function speechActTypesOf(category: StatementCategory): RelationType[] {
  return SPEECH_ACT_TYPES.filter(
    (t) => (RELATION_TYPES[t] as RelationInfo).statementCategory === category,
  );
}

/** The CAMEO codes an act of `type` may carry (empty when the type takes none). */
export function cameoCodesOf(type: RelationType): readonly string[] {
  return ((RELATION_TYPES[type] as RelationInfo).cameoCodes ?? []).map((c) => c.code);
}

/**
 * How an official speaks for a state: a person HOLDS_OFFICE_IN it, a government is its
 * GOVERNMENT_OF, a ministry is an ORGAN_OF its government. `statements(actor, includeOfficials)`
 * follows these.
 */
export const OFFICIAL_TYPES: readonly RelationType[] = [
  'HOLDS_OFFICE_IN',
  'GOVERNMENT_OF',
  'ORGAN_OF',
];

/** Links between the text and the graph rather than facts of the world: layout and naming. */
export const TEXT_STRUCTURE_TYPES: readonly RelationType[] = ['PART_OF', 'MENTIONS'];

/** Qualifier roles a Proposition's INVOLVES edges may carry. */
export const INVOLVEMENT_ROLES = [
  'agent',
  'object',
  'place',
  'time',
  'beneficiary',
  'partner',
] as const;

/** Which relationships of a node to follow: those that start at it, end at it, or both. */
export const DIRECTIONS = ['OUT', 'IN', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];
