import { RELATION_TYPES, type RelationType } from '../vocabulary';

/**
 * The CAMEO code of one drafted act. Where the vocabulary lists several codes a type may carry
 * (intent to cooperate: 030 in general, 031 material, 0311 economic, 032 diplomatic, 033 aid,
 * 0331 economic aid, 036 meeting or negotiating), the words of the act's target choose among them;
 * otherwise the type's own code.
 */

interface Cue {
  readonly code: string;
  readonly words: RegExp;
}

/** Most specific first: ODA before aid, aid before diplomatic, diplomatic before material. */
const INTENT_CUES: readonly Cue[] = [
  { code: '0331', words: /政府開発援助|ODA|円借款|無償資金協力/ },
  { code: '033', words: /支援|援助|研修員|留学生|受け入れ|受入れ|人材育成/ },
  {
    code: '032',
    words: /国連|国際連合|安保理|安全保障理事会|国際機関|国際場裡|候補|参加国|加盟|関与|議長国/,
  },
  { code: '0311', words: /貿易|投資|経済分野|経済関係|通商/ },
  { code: '031', words: /エネルギー|資源|石油|ウラン|原子力|技術|案件|産業|インフラ/ },
  { code: '036', words: /対話|協議|会談|会合|交渉/ },
];
const INTEREST_CUES: readonly Cue[] = [{ code: '0211', words: /投資|技術|貿易|誘致/ }];
/** Intent to cooperate (030–036) is chosen by what the cooperation is about. */
const CUES_BY_TYPE: Partial<Record<RelationType, readonly Cue[]>> = {
  INTENDS: INTENT_CUES,
  COMMITS_TO: INTENT_CUES,
  IS_READY_TO: INTENT_CUES,
  EXPRESSES_INTEREST: INTEREST_CUES,
};

/**
 * `jointly`: said by several actors. A confirmation the parties state together is an
 * expression of accord (019) where the type allows it.
 */
export function chooseCameo(
  type: RelationType,
  target: string,
  jointly = false,
): string | undefined {
  const info = RELATION_TYPES[type] as {
    cameo?: { code: string };
    cameoCodes?: ReadonlyArray<{ code: string }>;
  };
  const allowed = info.cameoCodes?.map((c) => c.code);
  if (!allowed || allowed.length < 2) return info.cameo?.code;
  if (type === 'CONFIRMS' && jointly && allowed.includes('019')) return '019';
  const cue = CUES_BY_TYPE[type]?.find((c) => allowed.includes(c.code) && c.words.test(target));
  return cue?.code ?? info.cameo?.code;
}
