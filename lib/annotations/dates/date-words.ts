// Words of date expressions, one table per language. Adding a language (es, de …) means adding a
// table here only; keys are written naturally and normalised like the expressions themselves.
import { tokenizeDateExpression } from "@/lib/annotations/dates/tokenize-date-expression";

/** Which occurrence of a weekday or a date without year is meant: before, after or around the article. */
export type Direction = "past" | "future" | "current";

export type RelativeUnit = "DAY" | "WEEK" | "MONTH" | "YEAR";

type LanguageWords = {
  /** Month names and abbreviations → 1 … 12. */
  months: Record<string, number>;
  /** Weekday names → 0 (Sunday) … 6. */
  weekdays: Record<string, number>;
  /** Seasons → their first month (meteorological seasons: summer is June to August). */
  seasons: Record<string, number>;
  /** Words standing for a day number ("premier"). */
  dayNumbers: Record<string, number>;
  /** Words or phrases ignored at the start of an expression and of each end of a range. */
  leading: string[];
  /** Words allowed between the parts of one date ("5th of March"). */
  joins: string[];
  /** Single words between the two ends of a range. */
  rangeSeparators: string[];
  /** Words before or after a date saying which occurrence is meant ("dernier", "next"). */
  directions: Record<string, Direction>;
  /** Whole phrases meaning a day, month or year counted from the article's date. */
  relative: Record<RelativeUnit, Record<string, number>>;
  /** How a numeric date such as 12/03/2021 is read. */
  numericOrder: "DMY" | "MDY";
};

export type DateWords = Omit<LanguageWords, "leading" | "joins" | "rangeSeparators" | "relative"> & {
  leading: string[][];
  joins: Set<string>;
  rangeSeparators: Set<string>;
  relative: Map<string, { unit: RelativeUnit; offset: number }>;
};

const french: LanguageWords = {
  months: {
    janvier: 1, janv: 1, février: 2, févr: 2, fév: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
    juillet: 7, juil: 7, août: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
    décembre: 12, déc: 12,
  },
  weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
  seasons: { printemps: 3, été: 6, automne: 9, hiver: 12 },
  dayNumbers: { premier: 1 },
  leading: [
    "le", "la", "l'", "les", "en", "au", "aux", "à", "du", "de", "des", "d'", "dès", "depuis", "entre",
    "jusqu'", "jusque", "vers", "pour", "dans", "courant", "début", "fin", "mi", "milieu", "mois de",
  ],
  // "l'année 2025", "fin d'année 2024"
  joins: ["année", "an"],
  rangeSeparators: ["au", "à", "et", "jusqu'"],
  directions: {
    dernier: "past", dernière: "past", passé: "past", passée: "past",
    prochain: "future", prochaine: "future", ce: "current", cet: "current", cette: "current",
  },
  relative: {
    DAY: { "aujourd'hui": 0, "ce jour": 0, hier: -1, "avant-hier": -2, demain: 1, "après-demain": 2 },
    WEEK: {
      "cette semaine": 0, "semaine en cours": 0, "début de semaine": 0, "fin de semaine": 0, "milieu de semaine": 0,
      "semaine dernière": -1, "semaine passée": -1, "semaine prochaine": 1,
    },
    MONTH: { "mois dernier": -1, "mois passé": -1, "ce mois": 0, "ce mois-ci": 0, "mois en cours": 0, "mois prochain": 1 },
    YEAR: {
      "an dernier": -1, "année dernière": -1, "an passé": -1, "année passée": -1, "cette année": 0,
      "année en cours": 0, "an prochain": 1, "année prochaine": 1,
    },
  },
  numericOrder: "DMY",
};

const english: LanguageWords = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
    jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  seasons: { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 },
  dayNumbers: { first: 1 },
  leading: [
    "the", "on", "in", "at", "since", "from", "between", "until", "till", "by", "around", "during",
    "early", "mid", "late", "end of", "beginning of", "start of", "middle of",
  ],
  joins: ["of", "the"],
  rangeSeparators: ["to", "and", "until", "till", "through"],
  directions: { last: "past", past: "past", previous: "past", next: "future", coming: "future", this: "current" },
  relative: {
    DAY: { today: 0, yesterday: -1, "day before yesterday": -2, tomorrow: 1, "day after tomorrow": 2 },
    WEEK: { "this week": 0, "last week": -1, "next week": 1 },
    MONTH: { "last month": -1, "this month": 0, "next month": 1 },
    YEAR: { "last year": -1, "this year": 0, "next year": 1 },
  },
  numericOrder: "MDY",
};

const LANGUAGES: Record<string, LanguageWords> = { fr: french, en: english };

const DEFAULT_NUMERIC_ORDER = "DMY";

const cache = new Map<string, DateWords>();

/**
 * Words of every language, the article's own winning any clash: a French article may quote
 * "March 5", but 03/05 follows the article's language.
 */
export function getDateWords(language: string | undefined): DateWords {
  const code = (language ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  const cached = cache.get(code);
  if (cached) return cached;
  const own = LANGUAGES[code];
  // Merged last, the article's language overrides the others.
  const tables = Object.entries(LANGUAGES)
    .filter(([key]) => key !== code)
    .map(([, table]) => table)
    .concat(own ? [own] : []);
  const words = mergeLanguageWords(tables, own?.numericOrder ?? DEFAULT_NUMERIC_ORDER);
  cache.set(code, words);
  return words;
}

function mergeLanguageWords(tables: LanguageWords[], numericOrder: "DMY" | "MDY"): DateWords {
  const words: DateWords = {
    months: {},
    weekdays: {},
    seasons: {},
    dayNumbers: {},
    leading: [],
    joins: new Set(),
    rangeSeparators: new Set(),
    directions: {},
    relative: new Map(),
    numericOrder,
  };
  for (const table of tables) {
    Object.assign(words.months, normaliseKeys(table.months));
    Object.assign(words.weekdays, normaliseKeys(table.weekdays));
    Object.assign(words.seasons, normaliseKeys(table.seasons));
    Object.assign(words.dayNumbers, normaliseKeys(table.dayNumbers));
    Object.assign(words.directions, normaliseKeys(table.directions));
    words.leading.push(...table.leading.map(tokenizeDateExpression));
    for (const join of table.joins) words.joins.add(normaliseKey(join));
    for (const separator of table.rangeSeparators) words.rangeSeparators.add(normaliseKey(separator));
    for (const unit of ["DAY", "WEEK", "MONTH", "YEAR"] as const) {
      for (const [phrase, offset] of Object.entries(table.relative[unit])) {
        words.relative.set(normaliseKey(phrase), { unit, offset });
      }
    }
  }
  // Longest phrases first, so "mois de" is stripped whole rather than leaving "de".
  words.leading.sort((a, b) => b.length - a.length);
  return words;
}

function normaliseKey(phrase: string): string {
  return tokenizeDateExpression(phrase).join(" ");
}

function normaliseKeys<T>(table: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(table).map(([key, value]) => [normaliseKey(key), value]));
}
