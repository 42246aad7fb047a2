import { draftStatement } from '../../../src/draft/draft';
import { decodeStatement, DraftInputError } from '../../../src/draft/read-statement';
import { validateAnnotation } from '../../../src/ingest/validate-annotation';

/** A short statement written for this test (not a published text), with a page around it. */
const STATEMENT = [
  'ホーム > 外交',
  '日本国とウズベキスタン共和国との間の協力に関する共同声明',
  '',
  ' 山田一郎日本国内閣総理大臣は、平成30年5月1日から2日までウズベキスタン共和国を公式訪問した。',
  '',
  ' 両首脳は、',
  '',
  ' 2010年2月3日付の日本国とウズベキスタン共和国との間の共同声明が両国関係の基礎となったことを指摘し、',
  '',
  ' 以下のとおり声明する。',
  '',
  '1.経済関係',
  '',
  ' 双方は、日本貿易振興機構(JETRO)の活動を歓迎する。ウズベキスタン側は、農業及び物流分野における日本側の支援に謝意を表明する。',
  '',
  ' 日本側は、「青年交流」プログラムを拡大する意向を有する。',
  '',
  ' 平成30年5月2日、タシケント',
  '',
  '日本国内閣総理大臣',
  '山田一郎',
  'ウズベキスタン共和国大統領',
  'アブドゥラ・カリモフ',
  '',
  'このページのトップへ',
].join('\n');

describe('a drafted annotation', () => {
  let drafted: Awaited<ReturnType<typeof draftStatement>>;
  beforeAll(async () => {
    drafted = await draftStatement(STATEMENT, { textFile: 'statement.txt' });
  });

  it('passes the project validator as it is, every selector computed', () => {
    expect(() => validateAnnotation(drafted.annotation, STATEMENT, '(draft)')).not.toThrow();
  });

  it('marks every drafted item with draft, a confidence and the rule that made it', () => {
    const { annotation } = drafted;
    const items = [
      annotation.document,
      ...annotation.sections,
      ...annotation.clauses,
      ...annotation.entities,
      ...annotation.relations,
    ];
    for (const item of items) {
      expect(item).toEqual(
        expect.objectContaining({
          draft: true,
          confidence: expect.any(Number),
          rule: expect.any(String),
        }),
      );
    }
  });

  it('reads the metadata: id, title, era date, place, parties, signatories with offices', () => {
    const { document, entities } = drafted.annotation;
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect(document.id).toBe('jp-uz-2018');
    expect(document.title.ja).toBe('日本国とウズベキスタン共和国との間の協力に関する共同声明');
    expect(byId.get(document.signedOn)).toEqual(
      expect.objectContaining({ value: '2018-05-02', precision: 'day' }),
    );
    expect(byId.get(document.signedAt)?.name.ja).toBe('タシケント');
    expect(document.parties).toEqual(['japan', 'uzbekistan']);
    expect(
      document.signatories.map((id) => {
        const p = byId.get(id);
        return p?.kind === 'Person' ? [p.name.ja, p.office.ja] : [];
      }),
    ).toEqual([
      ['山田一郎', '日本国内閣総理大臣'],
      ['アブドゥラ・カリモフ', 'ウズベキスタン共和国大統領'],
    ]);
    expect(drafted.report.dropped).toEqual(['ホーム > 外交', 'このページのトップへ']);
  });

  it('drafts speech acts with actors, a CAMEO code and the predicate as qualifier', () => {
    const acts = drafted.annotation.relations
      .filter((r) => r.cameo)
      .map((r) => [r.evidence.clause, r.type, r.from, r.cameo, r.qualifiers?.predicate]);
    expect(acts).toEqual([
      ['preamble__para_2', 'NOTES', ['japan', 'uzbekistan'], '010', '指摘し'],
      ['sec_1__para_1', 'WELCOMES', ['japan', 'uzbekistan'], '051', '歓迎する'],
      ['sec_1__para_1', 'EXPRESSES_GRATITUDE', 'uzbekistan', '051', '謝意を表明する'],
      ['sec_1__para_2', 'INTENDS', 'japan', '030', '意向を有する'],
    ]);
  });

  it('references the dated joint statement, and names new organizations, programmes and sectors', () => {
    const { relations, entities } = drafted.annotation;
    const kindOf = new Map(entities.map((e) => [e.id, e.kind]));
    expect(relations.filter((r) => r.type === 'REFERENCES').map((r) => r.to)).toEqual([
      'js-2010-02-03',
    ]);
    const mentioned = relations
      .filter((r) => r.type === 'MENTIONS')
      .map((r) => [kindOf.get(r.to), r.evidence.exact]);
    expect(mentioned).toEqual(
      expect.arrayContaining([
        ['Organization', '日本貿易振興機構(JETRO)'],
        ['Programme', '「青年交流」プログラム'],
        ['Sector', '農業'],
        ['Sector', '物流'],
        ['State', 'ウズベキスタン側'],
        ['CalendarDate', '平成30年5月1日'],
        ['CalendarDate', '2日'],
      ]),
    );
  });
});

describe('reading a statement file', () => {
  it('refuses bytes that are not UTF-8, naming the byte', () => {
    const latin1 = Buffer.from([0xe5, 0x85, 0xb1, 0x8a, 0x41]);
    expect(() => decodeStatement(latin1, 'x.txt')).toThrow(
      new DraftInputError(
        'x.txt is not UTF-8 text (invalid byte sequence at byte 3); save it as UTF-8 and retry',
      ),
    );
  });

  it('refuses an empty or blank file', () => {
    expect(() => decodeStatement(Buffer.from(' \n\n'), 'x.txt')).toThrow(
      'x.txt is empty: no statement text to draft',
    );
  });
});
