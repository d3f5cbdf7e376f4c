// Resolves a date expression selected in an article ("dimanche 5 mars", "l'an dernier", "du 5 au 8 mars
// 2023") into the dates it covers, read against the article's publication date, to pre-fill the date
// annotation form. Pure and dependency-free: the browser runs it as the annotator selects text.
import {
  addDays,
  expandToPeriod,
  getWeekday,
  isFinerOrEqual,
  isRealDate,
  parseIsoDate,
  pickCommonPrecision,
  toDayNumber,
  type CalendarDate,
  type DatePrecision,
  type NormalisedDate,
} from "@/lib/annotations/dates/calendar";
import { getDateWords, type DateWords, type Direction, type RelativeUnit } from "@/lib/annotations/dates/date-words";
import {
  parseDateTokens,
  stripLeadingWords,
  type ParsedDate,
  type PartialDate,
} from "@/lib/annotations/dates/parse-date-tokens";
import { tokenizeDateExpression } from "@/lib/annotations/dates/tokenize-date-expression";

export type { DatePrecision, NormalisedDate } from "@/lib/annotations/dates/calendar";
export { checkNormalisedDate } from "@/lib/annotations/dates/check-normalised-date";

export type DateReference = { date: string; precision?: DatePrecision };

/** The article's date as the span it covers: a month-precision article spans its whole month. */
type Reference = { anchor: CalendarDate; precision: DatePrecision; first: number; last: number };

// A selection longer than this is a sentence, not a date; the cap also bounds the range search.
const MAX_EXPRESSION_LENGTH = 100;

const RANGE_DASH = "-";

type RangeEnds = [first: NormalisedDate | null, last: NormalisedDate | null];

/**
 * The dates an expression covers, or null when it is not understood, names a day that does not exist,
 * or needs a more precise article date than `reference` gives ("hier" in an article dated only 2023).
 */
export function resolveDateExpression(
  expression: string,
  reference: DateReference | null,
  language?: string,
): NormalisedDate | null {
  if (expression.length > MAX_EXPRESSION_LENGTH) return null;
  const words = getDateWords(language);
  const tokens = tokenizeDateExpression(expression);
  const article = readReference(reference);
  const single = parseDateTokens(tokens, words);
  if (single) return resolveParsedDate(single, article);
  return resolveRange(stripLeadingWords(tokens, words), words, article);
}

function readReference(reference: DateReference | null): Reference | null {
  const anchor = reference ? parseIsoDate(reference.date) : null;
  if (!reference || !anchor) return null;
  const precision = reference.precision ?? "DAY";
  const span = expandToPeriod(anchor, precision);
  return { anchor, precision, first: dayNumberOf(span.start), last: dayNumberOf(span.end) };
}

function resolveParsedDate(parsed: ParsedDate, article: Reference | null): NormalisedDate | null {
  switch (parsed.kind) {
    case "relative":
      return resolveRelative(parsed.unit, parsed.offset, article);
    case "weekday":
      return resolveWeekday(parsed.weekday, parsed.direction, article);
    case "partial":
      return resolvePartialDate(parsed.date, article);
  }
}

/** "hier", "le mois dernier", "l'an prochain": only as precise as the article's own date allows. */
function resolveRelative(unit: RelativeUnit, offset: number, article: Reference | null): NormalisedDate | null {
  if (!article || !isFinerOrEqual(article.precision, unit === "WEEK" ? "DAY" : unit)) return null;
  const { anchor } = article;
  if (unit === "DAY") return expandToPeriod(addDays(anchor, offset), "DAY");
  if (unit === "WEEK") {
    // Monday to Sunday, as French and ISO weeks run.
    const monday = addDays(anchor, 7 * offset - ((getWeekday(anchor) + 6) % 7));
    return { start: expandToPeriod(monday, "DAY").start, end: expandToPeriod(addDays(monday, 6), "DAY").end, precision: "DAY" };
  }
  if (unit === "YEAR") return expandToPeriod({ year: anchor.year + offset, month: 1, day: 1 }, "YEAR");
  const monthIndex = anchor.year * 12 + anchor.month - 1 + offset;
  return expandToPeriod({ year: Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1, day: 1 }, "MONTH");
}

/**
 * "lundi" and "ce lundi" are the latest Monday on or before the article's day; "lundi dernier" is
 * strictly before it (a week back when the article is itself a Monday); "lundi prochain" strictly after.
 */
function resolveWeekday(weekday: number, direction: Direction | undefined, article: Reference | null): NormalisedDate | null {
  if (!article || article.precision !== "DAY") return null;
  const articleWeekday = getWeekday(article.anchor);
  let shift: number;
  if (direction === "future") shift = (weekday - articleWeekday + 7) % 7 || 7;
  else if (direction === "past") shift = -((articleWeekday - weekday + 7) % 7 || 7);
  else shift = -((articleWeekday - weekday + 7) % 7);
  return expandToPeriod(addDays(article.anchor, shift), "DAY");
}

function resolvePartialDate(date: PartialDate, article: Reference | null): NormalisedDate | null {
  const precision = precisionOf(date);
  if (!precision) return null;
  if (date.year !== undefined) return periodOf(date.year, date, precision);
  if (!article) return null;
  return inferYear(date, precision, article);
}

/**
 * Of the article's year and its neighbours, the one putting the date closest to the article, as a
 * journalist writing "5 mars" means the nearest 5 March. A date inside the article's own period wins
 * (in an article of October 2020, "mercredi 30 octobre" is 30 October 2020 even though that was a
 * Friday: a wrong weekday is likelier than an event a year away written without its year); otherwise
 * a stated weekday that matches one candidate wins over closeness; "dernier"/"prochain" keep only
 * candidates before/after the article.
 */
function inferYear(date: PartialDate, precision: DatePrecision, article: Reference): NormalisedDate | null {
  const candidates = [-1, 0, 1]
    .map((offset) => periodOf(article.anchor.year + offset, date, precision))
    .filter((period): period is NormalisedDate => period !== null)
    .map((period) => ({ period, first: dayNumberOf(period.start), last: dayNumberOf(period.end) }))
    .filter(({ first, last }) => {
      if (date.direction === "past") return last < article.first;
      if (date.direction === "future") return first > article.last;
      return true;
    })
    .map((candidate) => ({
      ...candidate,
      weekdayMatches: date.weekday !== undefined && getWeekday(fromIso(candidate.period.start)) === date.weekday,
      distance: Math.max(0, article.first - candidate.last, candidate.first - article.last),
    }));
  const inside = candidates.filter((candidate) => candidate.distance === 0 && candidate.first >= article.first && candidate.last <= article.last);
  const matching = candidates.filter((candidate) => candidate.weekdayMatches);
  const pool = inside.length > 0 ? inside : matching.length > 0 ? matching : candidates;
  // Candidates are in year order, so on a tie the earlier one, the likelier in news, is kept.
  const best = pool.reduce<(typeof pool)[number] | null>(
    (kept, candidate) => (kept === null || candidate.distance < kept.distance ? candidate : kept),
    null,
  );
  return best?.period ?? null;
}

/**
 * "du 5 au 8 mars 2023", "entre 2015 et 2018", "from 5 to 8 March": the first separator whose two
 * sides both read as dates. An end missing its month or year takes it from the other end.
 */
function resolveRange(tokens: string[], words: DateWords, article: Reference | null): NormalisedDate | null {
  for (let index = 1; index < tokens.length - 1; index += 1) {
    const separator = tokens[index] ?? "";
    if (separator !== RANGE_DASH && !words.rangeSeparators.has(separator)) continue;
    const from = parseDateTokens(tokens.slice(0, index), words);
    const to = parseDateTokens(tokens.slice(index + 1), words);
    if (!from || !to) continue;
    const ends: RangeEnds =
      from.kind === "partial" && to.kind === "partial"
        ? resolvePartialRangeEnds(from.date, to.date, article)
        : [resolveParsedDate(from, article), resolveParsedDate(to, article)];
    return joinRangeEnds(...ends);
  }
  return null;
}

function resolvePartialRangeEnds(
  from: PartialDate,
  to: PartialDate,
  article: Reference | null,
): RangeEnds {
  const startMonth = from.month ?? (from.day !== undefined ? to.month : undefined);
  const endMonth = to.month ?? (to.day !== undefined ? from.month : undefined);
  let endYear = to.year;
  if (from.year === undefined && endYear === undefined) {
    // Neither end states a year: the end fixes it, as "de janvier à mars" is read back from March.
    const resolvedEnd = resolvePartialDate({ ...to, month: endMonth }, article);
    if (!resolvedEnd) return [null, null];
    endYear = fromIso(resolvedEnd.start).year;
  }
  const startBorrowsYear = from.year === undefined;
  const endBorrowsYear = to.year === undefined && from.year !== undefined;
  let startYear = from.year ?? endYear;
  endYear ??= startYear;
  const resolveEnds = (): RangeEnds => [
    resolvePartialDate({ ...from, month: startMonth, year: startYear }, article),
    resolvePartialDate({ ...to, month: endMonth, year: endYear }, article),
  ];
  const [first, last] = resolveEnds();
  if (!first || !last || first.start <= last.end) return [first, last];
  // "du 28 décembre au 3 janvier 2023" crosses a year boundary: move the end that borrowed its year,
  // provided it states its own month (in "du 28 au 3 janvier" the order is simply wrong).
  if (startBorrowsYear && from.month !== undefined && startYear !== undefined) startYear -= 1;
  else if (endBorrowsYear && to.month !== undefined && endYear !== undefined) endYear += 1;
  else return [first, last];
  return resolveEnds();
}

function joinRangeEnds(first: NormalisedDate | null, last: NormalisedDate | null): NormalisedDate | null {
  if (!first || !last) return null;
  const precision = pickCommonPrecision(first.precision, last.precision);
  const start = expandToPeriod(fromIso(first.start), precision).start;
  const end = expandToPeriod(fromIso(last.end), precision).end;
  return start <= end ? { start, end, precision } : null;
}

function precisionOf(date: PartialDate): DatePrecision | null {
  if (date.season !== undefined) return date.day === undefined && date.month === undefined ? "MONTH" : null;
  if (date.day !== undefined) return date.month === undefined ? null : "DAY";
  if (date.month !== undefined) return "MONTH";
  return date.year === undefined ? null : "YEAR";
}

function periodOf(year: number, date: PartialDate, precision: DatePrecision): NormalisedDate | null {
  if (date.season !== undefined) {
    // Three months from the season's first; winter runs into the next year.
    const last = date.season + 2;
    const end = expandToPeriod({ year: year + Math.floor((last - 1) / 12), month: ((last - 1) % 12) + 1, day: 1 }, "MONTH").end;
    return { start: expandToPeriod({ year, month: date.season, day: 1 }, "MONTH").start, end, precision: "MONTH" };
  }
  const month = date.month ?? 1;
  const day = date.day ?? 1;
  return isRealDate(year, month, day) ? expandToPeriod({ year, month, day }, precision) : null;
}

/** Parses an ISO date this module produced itself, hence always well formed. */
function fromIso(iso: string): CalendarDate {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return { year, month, day };
}

function dayNumberOf(iso: string): number {
  return toDayNumber(fromIso(iso));
}
