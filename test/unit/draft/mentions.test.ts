import { findCandidates } from '../../../src/draft/candidates';
import { findDates } from '../../../src/draft/dates';
import { loadGazetteer, matchNames } from '../../../src/draft/gazetteer';
import { findReferences } from '../../../src/draft/references';
import { loadTokenizer, type Tokenize } from '../../../src/draft/tokenizer';

let tokenize: Tokenize;
beforeAll(async () => {
  tokenize = await loadTokenizer();
});

const candidates = (text: string) =>
  findCandidates(text, tokenize(text)).map((c) => [c.kind, c.exact, c.abbreviation ?? null]);

describe('entity candidates from compound nouns', () => {
  it('takes an organization with its parenthesised abbreviation, from the start of its compound', () => {
    expect(
      candidates('双方は、日本貿易振興機構(JETRO)及び国際協力銀行(JBIC)の関与を歓迎する。'),
    ).toEqual(
      expect.arrayContaining([
        ['Organization', '日本貿易振興機構(JETRO)', 'JETRO'],
        ['Organization', '国際協力銀行(JBIC)', 'JBIC'],
      ]),
    );
  });

  it('tells quoted programmes from quoted documents by their head noun', () => {
    const found = candidates(
      '「シルクロード」構想及び「産業発展戦略」並びに「行動計画」に基づく「青年交流」プログラム',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        ['Programme', '「シルクロード」構想', null],
        ['Document', '「産業発展戦略」', null],
        ['Document', '「行動計画」', null],
        ['Programme', '「青年交流」プログラム', null],
      ]),
    );
  });

  it('lists the fields of an enumeration before 分野, not the activities', () => {
    const text = '農業、物流及び観光分野並びに開発及び加工の分野';
    const sectors = findCandidates(text, tokenize(text))
      .filter((c) => c.kind === 'Sector')
      .map((c) => c.exact);
    expect(sectors.sort()).toEqual(['物流', '観光', '農業'].sort());
  });

  it('names meetings, issues and places by their head nouns', () => {
    expect(
      candidates(
        '第3回日本ウズベキスタン経済合同会議において拉致問題を提起し、アムダリア油田を視察した。',
      ),
    ).toEqual(
      expect.arrayContaining([
        ['Event', '第3回日本ウズベキスタン経済合同会議', null],
        ['Issue', '拉致問題', null],
        ['Place', 'アムダリア油田', null],
      ]),
    );
  });
});

describe('events named by a noun', () => {
  const isState = (text: string) =>
    text.startsWith('ウズベキスタン共和国') ? 'ウズベキスタン共和国'.length : 0;
  const events = (text: string) =>
    findCandidates(text, tokenize(text), isState)
      .filter((c) => c.kind === 'Event')
      .map((c) => c.exact);

  it('names a visit without the state it is to, and a launch with what is launched', () => {
    expect(events('首相のウズベキスタン共和国訪問が実現した。')).toEqual(['訪問']);
    expect(events('双方は、弾道ミサイルの発射を非難する。')).toEqual(['弾道ミサイルの発射']);
  });

  it('drafts no event for a verb (会談する) or a pointer back (この会議)', () => {
    expect(events('両首脳が定期的に会談することは重要である。この会議が成功した。')).toEqual([]);
  });
});

describe('names the gazetteer knows', () => {
  const gazetteer = loadGazetteer();
  const names = (text: string) =>
    matchNames(gazetteer, text).map((m) => [m.known.entity.id, m.name]);

  it('links states, governments, organizations and places, longest name first', () => {
    expect(names('日本国政府と国連安全保障理事会は中央アジア地域で')).toEqual([
      ['japanese-government', '日本国政府'],
      ['unsc', '国連安全保障理事会'],
      ['central-asia', '中央アジア地域'],
    ]);
  });

  it('keeps a Latin abbreviation inside a longer name as its own organization', () => {
    expect(names('ASEAN地域フォーラム')).toEqual([
      ['arf', 'ASEAN地域フォーラム'],
      ['asean', 'ASEAN'],
    ]);
  });
});

describe('references to documents', () => {
  const references = (text: string) =>
    findReferences(text, tokenize(text), findDates(text)).map((r) => [
      r.name,
      r.documentType,
      r.date?.value ?? null,
    ]);

  it('gives each date of a shared head its own document', () => {
    expect(
      references('2001年5月1日付及び2003年6月2日付の両国首脳による共同声明が基盤となった。'),
    ).toEqual([
      ['2001年5月1日付', 'joint_statement', '2001-05-01'],
      ['2003年6月2日付', 'joint_statement', '2003-06-02'],
    ]);
  });

  it('reads a dated, numbered resolution and an undated agreement, and skips generic ones', () => {
    expect(
      references('2009年6月12日付の国連安保理決議1874及び投資協定並びに国際条約に従い'),
    ).toEqual([
      ['国連安保理決議1874', 'resolution', '2009-06-12'],
      ['投資協定', 'agreement', null],
    ]);
  });
});
