// Reads the tokens of one date (one end of a range) into what the text states, without resolving it
// against the article's date: a relative phrase, a lone weekday, or day / month / year parts.
import type { DateWords, Direction, RelativeUnit } from "@/lib/annotations/dates/date-words";

/** What the text says of a date; missing parts are inferred later, from the article or the other end of a range. */
export type PartialDate = { year?: number; month?: number; day?: number; weekday?: number; direction?: Direction; season?: number };

export type ParsedDate =
  | { kind: "relative"; unit: RelativeUnit; offset: number }
  | { kind: "weekday"; weekday: number; direction?: Direction }
  | { kind: "partial"; date: PartialDate };

// Part shapes a date may take once its weekday and joining words are set aside: D day, M month, Y year,
// N a numeric date ("12/03/2021"), S a season. "DY" only makes sense inside a range ("March 5-8, 2023").
const ACCEPTED_SHAPES = new Set(["DMY", "DM", "MDY", "MD", "MY", "M", "Y", "D", "DY", "N", "S", "SY"]);

const ISO_DATE = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const NUMERIC_DAY_MONTH = /^(\d{1,2})[/.](\d{1,2})$/;
const NUMERIC_MONTH_YEAR = /^(\d{1,2})[/.](\d{4})$/;

/** `tokens` without their leading words ("le", "depuis", "fin"), at most `limit` of them. */
export function stripLeadingWords(tokens: string[], words: DateWords, limit = Infinity): string[] {
  let rest = tokens;
  for (let stripped = 0; stripped < limit; stripped++) {
    const phrase = words.leading.find((candidate) => candidate.every((token, index) => rest[index] === token));
    if (!phrase) return rest;
    rest = rest.slice(phrase.length);
  }
  return rest;
}

/** The date stated by `tokens`, or null when they are not one date. */
export function parseDateTokens(tokens: string[], words: DateWords): ParsedDate | null {
  // A relative phrase may itself start with a leading word ("début de semaine"): look for it at each step.
  let rest = tokens;
  for (;;) {
    const relative = words.relative.get(rest.join(" "));
    if (relative) return { kind: "relative", ...relative };
    const stripped = stripLeadingWords(rest, words, 1);
    if (stripped === rest) break;
    rest = stripped;
  }
  if (rest.length === 0) return null;

  const date: PartialDate = {};
  let shape = "";
  for (const token of rest) {
    if (words.joins.has(token)) continue;
    const direction = words.directions[token];
    const weekday = words.weekdays[token];
    const month = words.months[token];
    const season = words.seasons[token];
    if (direction !== undefined) {
      if (date.direction !== undefined) return null;
      date.direction = direction;
    } else if (weekday !== undefined) {
      // A weekday opens the date ("dimanche 5 mars", "Sunday, March 5"), never follows its parts.
      if (date.weekday !== undefined || shape !== "") return null;
      date.weekday = weekday;
    } else if (month !== undefined) {
      date.month = month;
      shape += "M";
    } else if (season !== undefined) {
      date.season = season;
      shape += "S";
    } else if (/^\d{4}$/.test(token)) {
      date.year = Number(token);
      shape += "Y";
    } else if (/^\d{1,2}$/.test(token) || words.dayNumbers[token] !== undefined) {
      date.day = words.dayNumbers[token] ?? Number(token);
      shape += "D";
    } else if (readNumericDate(token, words.numericOrder, date)) {
      shape += "N";
    } else {
      return null;
    }
  }

  if (shape === "" && date.weekday !== undefined) {
    return { kind: "weekday", weekday: date.weekday, direction: date.direction };
  }
  if (!ACCEPTED_SHAPES.has(shape)) return null;
  // A weekday qualifies a day ("lundi 5"), not a month or a year ("lundi mars").
  if (date.weekday !== undefined && date.day === undefined) return null;
  if (date.month !== undefined && (date.month < 1 || date.month > 12)) return null;
  if (date.day !== undefined && (date.day < 1 || date.day > 31)) return null;
  return { kind: "partial", date };
}

/** Fills `date` from a numeric token (ISO, 12/03/2021, 12/03, 03/2021); false when the token is none of these. */
function readNumericDate(token: string, order: "DMY" | "MDY", date: PartialDate): boolean {
  const iso = ISO_DATE.exec(token);
  if (iso) {
    date.year = Number(iso[1]);
    date.month = Number(iso[2]);
    if (iso[3] !== undefined) date.day = Number(iso[3]);
    return true;
  }
  const numeric = NUMERIC_DATE.exec(token) ?? NUMERIC_DAY_MONTH.exec(token);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    date.day = order === "DMY" ? first : second;
    date.month = order === "DMY" ? second : first;
    if (numeric[3] !== undefined) date.year = Number(numeric[3]);
    return true;
  }
  const monthYear = NUMERIC_MONTH_YEAR.exec(token);
  if (monthYear) {
    date.month = Number(monthYear[1]);
    date.year = Number(monthYear[2]);
    return true;
  }
  return false;
}
