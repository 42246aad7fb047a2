import type { NodeKind } from './node-kinds';

/**
 * The closed vocabulary of relationship types. Each entry is a Neo4j relationship type; Cypher
 * that needs a type takes it from here (never from a user's string).
 *
 * - `speech_act`: something a party says in the statement. Its `cameo` code is the CAMEO event
 *   code (Schrodt, CAMEO 1.1b3) so that edges line up with GDELT/ICEWS-style event data.
 * - `structural`: a fact about the text or the world that the text states (references, signed on,
 *   held in, member of, active in a sector, mentions, …).
 * - `PART_OF` is the one purely structural link (clause → section → document): it is derived from
 *   the layout, so it carries no evidence. Every other relation carries the quote that asserts it.
 */
export type RelationCategory = 'speech_act' | 'structural';

export interface RelationInfo {
  readonly label: { readonly ja: string; readonly en: string };
  readonly description: string;
  readonly category: RelationCategory;
  /** CAMEO event code for speech acts. */
  readonly cameo?: { readonly code: string; readonly name: string };
  /** Kinds allowed at the start and the end; `any` = every kind. */
  readonly from: readonly NodeKind[] | 'any';
  readonly to: readonly NodeKind[] | 'any';
  /** False only for links derived from the layout of the text. */
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
  cameo: { code: string; name: string },
): RelationInfo {
  return {
    label: { ja, en },
    description,
    category: 'speech_act',
    cameo,
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

const PRAISE = { code: '051', name: 'Praise or endorse' };
const INTENT = { code: '030', name: 'Express intent to cooperate, not specified below' };
const STATEMENT = { code: '010', name: 'Make statement, not specified below' };

export const RELATION_TYPES = {
  // ── Speech acts ─────────────────────────────────────────────────────────────────────────────
  WELCOMES: speechAct('歓迎する', 'welcomes', 'The agent welcomes the target.', PRAISE),
  SUPPORTS: speechAct(
    '支持する',
    'supports',
    'The agent supports or reaffirms its support for the target.',
    PRAISE,
  ),
  APPRECIATES: speechAct(
    '評価する',
    'appreciates',
    'The agent values or evaluates positively (評価する, 高く評価する, 肯定的に評価する).',
    PRAISE,
  ),
  EXPRESSES_GRATITUDE: speechAct(
    '謝意を表明する',
    'expresses gratitude for',
    'The agent thanks another party for the target.',
    PRAISE,
  ),
  CONDEMNS: speechAct('非難する', 'condemns', 'The agent condemns the target.', {
    code: '111',
    name: 'Criticize or denounce',
  }),
  CONFIRMS: speechAct(
    '確認する',
    'confirms',
    'The agent confirms or reaffirms the target (確認する, 再確認する).',
    STATEMENT,
  ),
  STRESSES: speechAct('強調する', 'stresses', 'The agent stresses the target.', STATEMENT),
  NOTES: speechAct('指摘する', 'notes', 'The agent points out the target.', STATEMENT),
  IS_CONVINCED: speechAct('確信する', 'is convinced of', 'The agent is convinced of the target.', {
    code: '013',
    name: 'Make optimistic comment',
  }),
  SHARES_VIEW: speechAct(
    '認識を共有する',
    'shares the view',
    'The agents share a view or recognition (認識を共有する, 意見を共有する).',
    { code: '019', name: 'Express accord' },
  ),
  INTENDS: speechAct(
    '意向を有する',
    'intends',
    'The agent intends or is determined to do the target (意向を有する, 意向を表明する, 決意を表明する, 志向する).',
    INTENT,
  ),
  COMMITS_TO: speechAct(
    '実施する',
    'commits to',
    'The agent states plainly that it will do the target (…を強化する, …を実施する, 措置をとる).',
    INTENT,
  ),
  IS_READY_TO: speechAct(
    '用意がある',
    'is ready to',
    'The agent is ready to do the target (用意がある).',
    INTENT,
  ),
  IS_READY_TO_CONSIDER: speechAct(
    '検討する用意がある',
    'is ready to consider',
    'The agent is ready to consider the target.',
    { code: '014', name: 'Consider policy option' },
  ),
  EXPECTS: speechAct(
    '期待を表明する',
    'expects',
    'The agent expects or hopes for the target (期待, 希望).',
    { code: '013', name: 'Make optimistic comment' },
  ),
  EXPRESSES_INTEREST: speechAct(
    '関心を表明する',
    'expresses interest in',
    'The agent expresses interest in the target.',
    { code: '021', name: 'Appeal for material cooperation, not specified below' },
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
  PARTY_TO: structural(
    '当事者である',
    'party to',
    'A state or person is a party to a document or event (a visit, a joint statement).',
    ['State', 'Person', 'Organization'],
    ['Document', 'Event'],
  ),
  SIGNED_BY: structural(
    '署名者',
    'signed by',
    'A document is signed by a person.',
    ['Document'],
    ['Person'],
  ),
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
    'A person holds an office of a state or organization; qualifier `office`.',
    ['Person'],
    ['State', 'Organization'],
    true,
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
    'An organization, programme or state is engaged in a sector or field.',
    ['Organization', 'Programme', 'State'],
    ['Sector'],
    true,
  ),
  CONCERNS: structural(
    '関する',
    'concerns',
    'A document, event, programme or issue is about a sector, issue or entity.',
    ['Document', 'Event', 'Programme', 'Issue', 'Organization'],
    'any',
  ),
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
