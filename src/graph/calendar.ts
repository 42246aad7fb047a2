import { DATE_PRECISIONS, type DatePrecision } from '../vocabulary';

/**
 * A date at a precision covers an interval of days: 2005-11 is 1–30 November 2005, 2007 the
 * whole year. Timelines and range filters compare intervals, so a month or a year is neither
 * dropped nor pretended to be its first day.
 */
export interface DayInterval {
  readonly earliest: string;
  readonly latest: string;
}

export function precisionOf(value: string): DatePrecision | undefined {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  return undefined;
}

/** The days an ISO value covers at its precision; undefined when it is not a real date. */
export function dayInterval(
  value: string,
  precision: DatePrecision | undefined = precisionOf(value),
): DayInterval | undefined {
  if (!precision || precisionOf(value) !== precision) return undefined;
  const [year = NaN, month = 1, day = 1] = value.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1, day));
  if (
    first.getUTCFullYear() !== year ||
    first.getUTCMonth() !== month - 1 ||
    first.getUTCDate() !== day
  )
    return undefined;
  const last =
    precision === 'year'
      ? new Date(Date.UTC(year, 11, 31))
      : precision === 'month'
        ? new Date(Date.UTC(year, month, 0))
        : first;
  return { earliest: iso(first), latest: iso(last) };
}

export function wikidataPrecision(precision: DatePrecision): number {
  return DATE_PRECISIONS[precision];
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}
