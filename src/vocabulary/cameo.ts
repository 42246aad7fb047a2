/**
 * The CAMEO event codes the graph uses (Schrodt, CAMEO 1.1b3, the codebook GDELT and ICEWS
 * follow). A code is recorded on each act, not per relation type: "intends" is 030 in general,
 * but 031 when the intent is material (economic, technical) cooperation, 033 when it is aid and
 * 036 when it is to meet or negotiate. `relation-types.ts` lists which codes each type may carry
 * and why; the validator refuses any other.
 */
export const CAMEO_CODES = {
  '010': 'Make statement, not specified below',
  '013': 'Make optimistic comment',
  '014': 'Consider policy option',
  '019': 'Express accord',
  '021': 'Appeal for material cooperation, not specified below',
  '0211': 'Appeal for economic cooperation',
  '030': 'Express intent to cooperate, not specified below',
  '031': 'Express intent to engage in material cooperation, not specified below',
  '0311': 'Express intent to cooperate economically',
  '032': 'Express intent to provide diplomatic cooperation',
  '033': 'Express intent to provide material aid, not specified below',
  '0331': 'Express intent to provide economic aid',
  '036': 'Express intent to meet or negotiate',
  '042': 'Make a visit',
  '043': 'Host a visit',
  '046': 'Engage in negotiation',
  '051': 'Praise or endorse',
  '057': 'Sign formal agreement',
  '110': 'Disapprove, not specified below',
  '111': 'Criticize or denounce',
} as const;

export type CameoCodeValue = keyof typeof CAMEO_CODES;

/** A code a relation type may carry, with when to choose it. */
export interface CameoChoice {
  readonly code: CameoCodeValue;
  readonly when: string;
}

export function cameoName(code: string): string | undefined {
  return (CAMEO_CODES as Record<string, string>)[code];
}

/** The intent family (030–036) shared by INTENDS, COMMITS_TO and IS_READY_TO. */
export const INTENT_CHOICES: readonly CameoChoice[] = [
  { code: '030', when: 'an intent to cooperate that none of the codes below fits' },
  {
    code: '031',
    when: 'the intent is material cooperation: economic, technical, resource or sector projects',
  },
  { code: '0311', when: 'the intent is explicitly economic cooperation (trade, investment)' },
  {
    code: '032',
    when: 'the intent is diplomatic cooperation: joint work in international bodies, policy support',
  },
  {
    code: '033',
    when: 'the intent is to provide aid or assistance (支援, 研修員受入れ, 留学生受入れ)',
  },
  { code: '0331', when: 'the intent is explicitly economic aid (ODA)' },
  {
    code: '036',
    when: 'the intent is to meet, hold dialogue or consultations, or negotiate (対話, 協議, 会談)',
  },
];
