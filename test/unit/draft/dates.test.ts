import { findDates, parseNumber } from '../../../src/draft/dates';

const values = (text: string) => findDates(text).map((d) => [d.exact, d.value, d.precision]);

describe('dates as statements print them', () => {
  it('reads Western dates at day, month and year precision', () => {
    expect(values('2006年8月28日に、2005年11月に、2007年に')).toEqual([
      ['2006年8月28日', '2006-08-28', 'day'],
      ['2005年11月', '2005-11', 'month'],
      ['2007年', '2007', 'year'],
    ]);
  });

  it('reads Japanese-era dates with Arabic, full-width and kanji numerals, and 元年', () => {
    expect(values('平成20年6月23日')).toEqual([['平成20年6月23日', '2008-06-23', 'day']]);
    expect(values('平成２０年６月')).toEqual([['平成２０年６月', '2008-06', 'month']]);
    expect(values('平成二十年六月二十三日')).toEqual([
      ['平成二十年六月二十三日', '2008-06-23', 'day'],
    ]);
    expect(values('令和元年5月1日')).toEqual([['令和元年5月1日', '2019-05-01', 'day']]);
  });

  it('completes the end of a range from its start (…から29日まで)', () => {
    expect(values('2006年8月28日から29日まで訪問した')).toEqual([
      ['2006年8月28日', '2006-08-28', 'day'],
      ['29日', '2006-08-29', 'day'],
    ]);
  });

  it('leaves durations and impossible dates alone', () => {
    expect(values('今後3年間で2000名、2006年間、2006年2月30日')).toEqual([]);
  });

  it('parses kanji numerals', () => {
    expect([
      parseNumber('十'),
      parseNumber('二十三'),
      parseNumber('三十'),
      parseNumber('１５'),
    ]).toEqual([10, 23, 30, 15]);
  });
});
