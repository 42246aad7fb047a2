import { draftStatement } from '../../../src/draft/draft';
import { validateAnnotation } from '../../../src/ingest/validate-annotation';
import type { Annotation } from '../../../src/ingest/annotation.schema';

/**
 * ACTIVE_IN, CONCERNS, INVOLVES and premises (basis, BASED_ON) drafted from a short fictional
 * statement written for this test (not a published text), each rule beside a sentence it must
 * leave alone.
 */
const STATEMENT = [
  '日本国とウズベキスタン共和国との間の協力に関する共同声明',
  '',
  ' 両首脳は、以下のとおり声明する。',
  '',
  '1.経済関係',
  '',
  ' 双方は、銅及び金の開発及び加工分野における中央アジア鉱業公社(CAMC)及び国際協力銀行(JBIC)の関与を歓迎する。双方は、観光分野における日本国とウズベキスタン共和国との協力を強化する。',
  '',
  ' 双方は、地域における防災の促進を目的とし、中央アジア防災機構(CADO)が果たす役割を評価する。',
  '',
  ' 双方は、両国間の経済協力の戦略的重要性に立脚しつつ、「経済協力協定」が署名されたことを歓迎するとともに、同協定に基づき、投資を促進する意向を共有する。',
  '',
  ' 双方は、物流に関する両国間の交渉を開始する。',
  '',
  ' 平成30年5月2日、タシケント',
  '',
  '日本国内閣総理大臣',
  '山田一郎',
  'ウズベキスタン共和国大統領',
  'アブドゥラ・カリモフ',
].join('\n');

let annotation: Annotation;
beforeAll(async () => {
  ({ annotation } = await draftStatement(STATEMENT, { textFile: 'statement.txt' }));
});

const nameOf = (id: string) => annotation.entities.find((e) => e.id === id)?.name.ja ?? id;
const links = (type: string) =>
  annotation.relations
    .filter((r) => r.type === type)
    .map((r) => `${nameOf(r.from as string)} → ${nameOf(r.to)}`);

it('passes the validator with the new layers', () => {
  expect(() => validateAnnotation(annotation, STATEMENT, '(draft)')).not.toThrow();
});

describe('ACTIVE_IN', () => {
  it('ties each body named after 分野における to each field before it', () => {
    expect(links('ACTIVE_IN')).toEqual(
      expect.arrayContaining([
        '中央アジア鉱業公社(CAMC) → 銅',
        '中央アジア鉱業公社(CAMC) → 金',
        '国際協力銀行(JBIC) → 銅',
        '国際協力銀行(JBIC) → 金',
      ]),
    );
  });

  it('ties a body to the aims 「…を目的とし」 names before it', () => {
    expect(links('ACTIVE_IN')).toContain('中央アジア防災機構(CADO) → 防災の促進');
  });

  it('makes no state active in a field its cooperation is in (観光分野における日本国と…の協力)', () => {
    expect(links('ACTIVE_IN').filter((l) => l.endsWith('→ 観光'))).toEqual([]);
  });
});

describe('CONCERNS', () => {
  it('reads 「Aに関する X」 as X concerning A', () => {
    expect(links('CONCERNS')).toContain('両国間の交渉 → 物流');
  });

  it('ties a document named for its field to it (経済協力協定)', () => {
    expect(links('CONCERNS')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^「?経済協力協定」? → /)]),
    );
  });
});

describe('premises', () => {
  const acts = () =>
    annotation.relations.filter(
      (r) => r.evidence.clause === 'sec_1__para_3' && ['WELCOMES', 'INTENDS'].includes(r.type),
    );

  it('makes a participial premise (立脚しつつ) the basis of every act after it in the sentence', () => {
    const bases = acts().map((r) => r.qualifiers?.basis);
    expect(bases).toHaveLength(2);
    expect(new Set(bases).size).toBe(1);
    expect(nameOf(bases[0] as string)).toBe('両国間の経済協力の戦略的重要性');
  });

  it('rests the next act’s content on an instrument (同協定に基づき) without making it a basis', () => {
    const based = annotation.relations.filter(
      (r) => r.type === 'BASED_ON' && r.evidence.exact === '同協定に基づき',
    );
    expect(based.map((r) => nameOf(r.to))).toEqual(['経済協力協定']);
    const intends = acts().find((r) => r.type === 'INVOLVES' || r.type === 'INTENDS')!;
    expect(based[0]!.from).toBe(intends.to);
  });

  it('drafts no premise where there is none', () => {
    expect(
      annotation.relations.filter(
        (r) => r.type === 'BASED_ON' && r.evidence.clause !== 'sec_1__para_3',
      ),
    ).toEqual([]);
  });
});

describe('INVOLVES', () => {
  it('names what an act is about, with partners for 「AとBとの」, never the subject', () => {
    const involved = annotation.relations
      .filter((r) => r.type === 'INVOLVES' && r.evidence.clause === 'sec_1__para_1')
      .map((r) => `${r.evidence.exact}:${String(r.qualifiers?.role)}`);
    expect(involved).toEqual(
      expect.arrayContaining(['日本国:partner', 'ウズベキスタン共和国:partner', '観光:object']),
    );
    expect(involved.some((x) => x.startsWith('双方'))).toBe(false);
  });
});
