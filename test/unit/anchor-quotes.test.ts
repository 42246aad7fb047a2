import { anchorQuote, locateClauses } from '../../src/ingest/anchor-quotes';

/** 𠮷 lies outside the BMP: one code point, two UTF-16 units. */
const STATEMENT = '前文。\n𠮷野は歓迎する。𠮷野は支持する。\n';

describe('anchoring quotes', () => {
  it('locates clauses in order, in code points', () => {
    expect(locateClauses(STATEMENT, ['前文。', '𠮷野は歓迎する。𠮷野は支持する。'])).toEqual([
      0, 4,
    ]);
  });

  it('anchors the n-th occurrence inside its clause with prefix and suffix', () => {
    expect(anchorQuote(STATEMENT, '𠮷野は歓迎する。𠮷野は支持する。', 4, '𠮷野', 2)).toStrictEqual({
      exact: '𠮷野',
      prefix: '前文。\n𠮷野は歓迎する。',
      suffix: 'は支持する。\n',
      start: 12,
      end: 14,
    });
  });

  it('names the clause and the quote when the quote is not there', () => {
    expect(() => anchorQuote(STATEMENT, '前文。', 0, '歓迎')).toThrow(
      /clause at 0 「前文。…」: quote 「歓迎」 \(occurrence 1\) not found/,
    );
  });

  it('refuses a clause that is not at its offset', () => {
    expect(() => anchorQuote(STATEMENT, '前文。', 1, '前文')).toThrow(
      /does not match the statement at that offset/,
    );
  });
});
