// Calendar arithmetic on plain yyyy-mm-dd dates. Everything runs in UTC so a result never depends on
// the time zone of the machine (server or annotator's browser).

/** Same literals as the Prisma `DatePrecision` enum, kept local so the browser needs no Prisma import. */
export type DatePrecision = "DAY" | "MONTH" | "YEAR";

/** First and last day covered (ISO yyyy-mm-dd); `start === end` for a single day. */
export type NormalisedDate = { start: string; end: string; precision: DatePrecision };

export type CalendarDate = { year: number; month: number; day: number };

const DAY_MS = 86_400_000;

const PRECISION_RANK: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function countDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= countDaysInMonth(year, month)
  );
}

/** Days since 1970-01-01, so dates compare and subtract as numbers. */
export function toDayNumber(date: CalendarDate): number {
  // setUTCFullYear, unlike Date.UTC, does not turn years below 100 into 19xx.
  const instant = new Date(0);
  instant.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.round(instant.getTime() / DAY_MS);
}

function fromDayNumber(dayNumber: number): CalendarDate {
  const instant = new Date(dayNumber * DAY_MS);
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 0 for Sunday … 6 for Saturday, as `Date.getUTCDay`. */
export function getWeekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The date written yyyy-mm-dd, or null when the text is not in that form or the day does not exist. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** The day, month or year containing `date`, as a normalised date. */
export function expandToPeriod(date: CalendarDate, precision: DatePrecision): NormalisedDate {
  if (precision === "DAY") {
    const iso = formatIsoDate(date);
    return { start: iso, end: iso, precision };
  }
  const firstMonth = precision === "MONTH" ? date.month : 1;
  const lastMonth = precision === "MONTH" ? date.month : 12;
  return {
    start: formatIsoDate({ year: date.year, month: firstMonth, day: 1 }),
    end: formatIsoDate({ year: date.year, month: lastMonth, day: countDaysInMonth(date.year, lastMonth) }),
    precision,
  };
}

export function isFinerOrEqual(precision: DatePrecision, than: DatePrecision): boolean {
  return PRECISION_RANK[precision] >= PRECISION_RANK[than];
}

/** The coarser of two precisions: the finest one both ends of a range can honestly claim. */
export function pickCommonPrecision(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}
