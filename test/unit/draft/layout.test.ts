import { layOut } from '../../../src/draft/layout';
import { DraftInputError } from '../../../src/draft/read-statement';

const OFFICES = ['内閣総理大臣', '大統領'];

const PAGE = [
  'ホーム > 外交 > 声明',
  '',
  '日本国とウズベキスタン共和国との間の',
  '',
  '協力に関する共同声明',
  '',
  ' 山田一郎日本国内閣総理大臣は、平成30年5月1日、タシケントを訪問した。',
  '',
  ' 両首脳は、',
  '',
  ' 両国関係の発展を確認し、',
  '',
  ' 以下のとおり声明する。',
  '',
  '1.政治関係',
  '',
  ' 双方は、対話を継続する。',
  '',
  '2.経済関係',
  '',
  ' 双方は、投資を歓迎する。',
  '',
  ' 両国政府は、以上の諸事項の実現に努める。',
  '',
  ' 平成30年5月1日、タシケント',
  '',
  '日本国内閣総理大臣',
  '山田一郎',
  'ウズベキスタン共和国大統領',
  'アブドゥラ・カリモフ',
  '',
  'このページのトップへ',
  '',
].join('\n');

describe('the layout of a statement', () => {
  const layout = layOut(PAGE, OFFICES);

  it('joins a title broken over lines and drops navigation and footer lines', () => {
    expect(layout.title.map((l) => l.text).join('')).toBe(
      '日本国とウズベキスタン共和国との間の協力に関する共同声明',
    );
    expect(layout.dropped.map((l) => l.text)).toEqual([
      'ホーム > 外交 > 声明',
      'このページのトップへ',
    ]);
  });

  it('gives Akoma Ntoso eIds: preface, the preamble from its subject line, sections, conclusions', () => {
    expect(layout.clauses.map((c) => c.eId)).toEqual([
      'preface__para_1',
      'preamble__para_1',
      'preamble__para_2',
      'preamble__para_3',
      'sec_1__para_1',
      'sec_2__para_1',
      'conclusions__para_1',
      'conclusions__para_2',
      'conclusions__signature_1',
      'conclusions__signature_2',
    ]);
    expect(layout.sections.map((s) => [s.eId, s.number, s.heading])).toEqual([
      ['preface', undefined, '前置き'],
      ['preamble', undefined, '前文'],
      ['sec_1', 1, '政治関係'],
      ['sec_2', 2, '経済関係'],
      ['conclusions', undefined, '結び'],
    ]);
  });

  it('keeps each clause verbatim at its offset, a signature as office and name lines', () => {
    for (const clause of layout.clauses) {
      expect(PAGE.slice(clause.start, clause.start + clause.text.length)).toBe(clause.text);
    }
    expect(layout.clauses.find((c) => c.eId === 'conclusions__signature_2')?.text).toBe(
      'ウズベキスタン共和国大統領\nアブドゥラ・カリモフ',
    );
  });

  it('refuses a text without a statement title or without sentences', () => {
    expect(() => layOut('お知らせ\n本日は晴れです。', OFFICES)).toThrow(DraftInputError);
    expect(() => layOut('お知らせ\n本日は晴れです。', OFFICES)).toThrow(
      /no recognisable statement: no title/,
    );
    expect(() => layOut('共同声明\n見出しだけ', OFFICES)).toThrow(/no sentence/);
  });
});
