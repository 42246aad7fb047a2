import type { DatePrecision } from '../vocabulary';

/**
 * Dates as Japanese statements print them: Western (2006年8月28日, 2005年11月, 2007年) and
 * Japanese-era (平成20年6月23日, 令和元年5月1日, with Arabic, full-width or kanji numerals),
 * and the end of a range whose year and month the start gives (2006年8月28日から29日まで).
 */

export interface FoundDate {
  /** ISO 8601 at its precision: 2006-08-28, 2005-11, 2007. */
  readonly value: string;
  readonly precision: DatePrecision;
  /** The words as printed, and their UTF-16 span in the searched text. */
  readonly exact: string;
  readonly start: number;
  readonly end: number;
  readonly rule: 'western-date' | 'era-date' | 'range-end';
}

/** First year of each era minus one: 平成20年 = 1988 + 20. */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 明治: 1867 };

const NUMBER = '[0-9０-９一二三四五六七八九十〇]{1,4}';
const WESTERN = new RegExp(
  `([0-9０-９]{4})年(?!間|度)(?:(${NUMBER})月(?!間)(?:(${NUMBER})日)?)?`,
  'g',
);
const ERA = new RegExp(
  `(令和|平成|昭和|大正|明治)(元|${NUMBER})年(?!間|度)(?:(${NUMBER})月(?!間)(?:(${NUMBER})日)?)?`,
  'g',
);
const RANGE_END = new RegExp(`^から(?:(${NUMBER})月)?(${NUMBER})日まで`);

/** 20, ２０, 二十, 二〇 → 20. */
export function parseNumber(text: string): number {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  if (ascii === '元') return 1;
  const digits: Record<string, number> = {
    〇: 0,
    一: 1,
    二: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  };
  if (!ascii.includes('十')) return Number([...ascii].map((c) => digits[c] ?? NaN).join(''));
  const [tens = '', ones = ''] = ascii.split('十');
  return (tens ? (digits[tens] ?? NaN) : 1) * 10 + (ones ? (digits[ones] ?? NaN) : 0);
}

function iso(
  year: number,
  month?: number,
  day?: number,
): { value: string; precision: DatePrecision } | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!Number.isFinite(year)) return undefined;
  if (month === undefined) return { value: String(year), precision: 'year' };
  if (!(month >= 1 && month <= 12)) return undefined;
  if (day === undefined) return { value: `${year}-${pad(month)}`, precision: 'month' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const push = (
    match: RegExpExecArray,
    year: number,
    month: string | undefined,
    day: string | undefined,
    rule: FoundDate['rule'],
  ) => {
    const date = iso(
      year,
      month ? parseNumber(month) : undefined,
      day ? parseNumber(day) : undefined,
    );
    if (!date) return;
    const start = match.index;
    const end = start + match[0].length;
    found.push({ ...date, exact: match[0], start, end, rule });
    if (date.precision !== 'day') return;
    const range = RANGE_END.exec(text.slice(end));
    if (!range) return;
    const [y, m] = date.value.split('-').map(Number) as [number, number];
    const endDate = iso(y, range[1] ? parseNumber(range[1]) : m, parseNumber(range[2]!));
    if (!endDate) return;
    const exact = range[0].slice(2, range[0].length - 2); // without から and まで
    const at = end + 2;
    found.push({ ...endDate, exact, start: at, end: at + exact.length, rule: 'range-end' });
  };
  for (const m of text.matchAll(WESTERN)) {
    push(m, parseNumber(m[1]!), m[2], m[3], 'western-date');
  }
  for (const m of text.matchAll(ERA)) {
    push(m, ERAS[m[1]!]! + parseNumber(m[2]!), m[3], m[4], 'era-date');
  }
  return found.sort((a, b) => a.start - b.start);
}

export function dateId(value: string): string {
  return `date:${value}`;
}
