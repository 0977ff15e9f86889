/**
 * Partial dates: the article dates events to a year, a month or a day, and sometimes to a span
 * ("2019-2020"). We keep the precision the article gives instead of inventing a day.
 *
 * Forms: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and an ISO 8601 interval of two of those, `start/end`.
 */

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

export interface DateSpan {
  start: PartialDate;
  /** Present for intervals only. */
  end?: PartialDate;
}

const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses one partial date; returns an error message instead of throwing so schemas can report it. */
export function parsePartialDate(text: string): PartialDate | string {
  const m = SINGLE.exec(text);
  if (!m) return `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${text}" has no month ${m[2]}`;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return `"${text}" is not a day of ${MONTHS[month - 1]} ${year}`;
  return { year, month, day, precision: 'day' };
}

/** Parses a date or an interval `start/end`; returns an error message on bad input. */
export function parseDateSpan(text: string): DateSpan | string {
  const parts = String(text).split('/');
  if (parts.length > 2) return `"${text}" has more than one "/"`;
  const start = parsePartialDate(parts[0]!);
  if (typeof start === 'string') return start;
  if (parts.length === 1) return { start };
  const end = parsePartialDate(parts[1]!);
  if (typeof end === 'string') return end;
  if (compareDates(start, end) > 0) return `"${text}" ends before it starts`;
  return { start, end };
}

/** The earliest day a partial date can mean, as a sortable number (YYYYMMDD). */
function sortKey(d: PartialDate): number {
  return d.year * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);
}

/**
 * Orders partial dates chronologically; a coarser date sorts before the finer dates it contains
 * ("2021" before "2021-06"), which keeps a year's undated events at the head of that year.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return sortKey(a) - sortKey(b);
}

export function compareSpans(a: DateSpan, b: DateSpan): number {
  return compareDates(a.start, b.start) || compareDates(a.end ?? a.start, b.end ?? b.start);
}

/** The value for `<time datetime>`: valid HTML date strings keep the precision. */
export function toDatetime(d: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d.precision === 'year') return String(d.year).padStart(4, '0');
  if (d.precision === 'month') return `${d.year}-${pad(d.month!)}`;
  return `${d.year}-${pad(d.month!)}-${pad(d.day!)}`;
}

/** Human form at the date's own precision: "2021", "June 2021", "14 June 2021". */
export function formatDate(d: PartialDate): string {
  if (d.precision === 'year') return String(d.year);
  const month = MONTHS[d.month! - 1];
  return d.precision === 'month' ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

export function formatSpan(s: DateSpan): string {
  return s.end ? `${formatDate(s.start)}–${formatDate(s.end)}` : formatDate(s.start);
}

/** For schema refinements: parse or throw a message that names the value. */
export function mustParseSpan(text: string): DateSpan {
  const r = parseDateSpan(text);
  if (typeof r === 'string') throw new Error(r);
  return r;
}
