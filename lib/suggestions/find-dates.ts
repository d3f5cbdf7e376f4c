// Finds the date expressions of a text and resolves each against the article's date with the same
// resolver the annotation form uses (lib/annotations/dates): around every date word (a month, a
// weekday, a season, a year, "hier", "semaine" …) the longest run of date words that resolves wins.
// An expression understood but finer than the article's date ("mardi" in an article dated March 2023)
// gets the article's own period, with a low confidence. Pure.
import { expandToPeriod, parseIsoDate, type NormalisedDate } from "@/lib/annotations/dates/calendar";
import { getDateWords, type DateWords } from "@/lib/annotations/dates/date-words";
import { resolveDateExpression, type DateReference } from "@/lib/annotations/dates/resolve-date-expression";
import { tokenizeDateExpression } from "@/lib/annotations/dates/tokenize-date-expression";
import type { Token } from "@/lib/suggestions/tokenize";
import type { DateSuggestion } from "@/lib/suggestions/types";

const RELATIVE_WORDS = new Set(["hier", "demain", "aujourd hui", "semaine", "mois", "an", "annee", "yesterday", "today", "tomorrow", "week", "month", "year"]);
const PARTS_OF_DAY = new Set(["matin", "apres-midi", "soir", "midi", "nuit", "matinee", "soiree", "morning", "afternoon", "evening", "night"]);
// Keys as the date tokenizer writes them: "l'" → "l", "à" → "a", "dès" → "des".
const DETERMINERS = new Set(["le", "la", "l", "les", "ce", "cet", "cette", "the"]);
// Prepositions before a date are not part of it ("depuis 2006" → "2006"), except to open a range.
const PREPOSITIONS = new Set(["du", "de", "d", "des", "depuis", "en", "a", "au", "aux", "pour", "vers", "dans", "sur", "jusqu", "jusque", "avant", "apres", "entre", "from", "since", "in", "on", "at", "by", "until", "during", "around", "between"]);
const RANGE_OPENERS = new Set(["du", "de", "d", "entre", "from", "between"]);
const DASHES = new Set(["-", "–", "—"]);
const MAX_BEFORE = 6;
const MAX_AFTER = 7;
const YEAR = /^(1[89]\d\d|2[01]\d\d)$/;

type Vocabulary = { words: DateWords; dateish: Set<string>; separators: Set<string>; trailing: Set<string> };

const vocabularies = new Map<string, Vocabulary>();

function vocabularyOf(language: string | undefined): Vocabulary {
  const code = language ?? "";
  let vocabulary = vocabularies.get(code);
  if (!vocabulary) {
    const words = getDateWords(language);
    const dateish = new Set<string>([
      ...Object.keys(words.months), ...Object.keys(words.weekdays), ...Object.keys(words.seasons), ...Object.keys(words.dayNumbers),
      ...Object.keys(words.directions), ...words.leading.flat(), ...words.joins, ...words.rangeSeparators, ...RELATIVE_WORDS,
      ...[...words.relative.keys()].flatMap((phrase) => phrase.split(" ")),
    ]);
    // Words that only lead into a date or join its parts: a date never ends on one.
    const trailing = new Set([...words.leading.map((phrase) => phrase.join(" ")), ...words.rangeSeparators, ...words.joins].filter((key) => !(key in words.directions)));
    vocabulary = { words, dateish, separators: new Set([...words.rangeSeparators]), trailing };
    vocabularies.set(code, vocabulary);
  }
  return vocabulary;
}

/** The token's key as the date tokenizer writes words ("d'" → "d", "après-midi" → "apres midi", "1er" → "1"). */
function dateKeyOf(token: Token): string {
  if (token.kind === "word") return token.key.replace(/['-]/g, " ").trim();
  return tokenizeDateExpression(token.text).join(" ");
}

function isTrigger(token: Token, key: string, { words }: Vocabulary): boolean {
  if (token.kind === "number") return YEAR.test(token.text) || /^\d{4}-\d{2}(-\d{2})?$/.test(token.text) || /^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/.test(token.text);
  return key in words.months || key in words.weekdays || key in words.seasons || RELATIVE_WORDS.has(key);
}

function isDateish(token: Token, key: string, vocabulary: Vocabulary): boolean {
  if (token.kind === "number") return true;
  if (token.kind === "punct") return DASHES.has(token.text);
  return key.split(" ").every((part) => vocabulary.dateish.has(part));
}

export function findDates(text: string, tokens: Token[], reference: DateReference | null, language: string | undefined): DateSuggestion[] {
  const vocabulary = vocabularyOf(language);
  const keys = tokens.map(dateKeyOf);
  const found: DateSuggestion[] = [];
  let taken = -1;
  for (let trigger = 0; trigger < tokens.length; trigger++) {
    if (trigger <= taken || !isTrigger(tokens[trigger] as Token, keys[trigger] as string, vocabulary)) continue;
    // The run of date words around the trigger, on one line.
    let from = trigger;
    while (from - 1 > taken && trigger - from < MAX_BEFORE && !(tokens[from] as Token).newlineBefore && isDateish(tokens[from - 1] as Token, keys[from - 1] as string, vocabulary)) from--;
    let to = trigger;
    while (to + 1 < tokens.length && to - trigger < MAX_AFTER && !(tokens[to + 1] as Token).newlineBefore && isDateish(tokens[to + 1] as Token, keys[to + 1] as string, vocabulary)) to++;
    const best = bestWindow(text, tokens, keys, { from, to, trigger }, reference, language, vocabulary);
    if (!best) continue;
    found.push(best.suggestion);
    taken = best.to;
  }
  return found;
}

type Window = { from: number; to: number; trigger: number };

function bestWindow(text: string, tokens: Token[], keys: string[], { from, to, trigger }: Window, reference: DateReference | null, language: string | undefined, vocabulary: Vocabulary) {
  // A date ends on a word of its own, never on "de", "le" or "au".
  const canEnd = (index: number) => (tokens[index] as Token).kind === "number" || !vocabulary.trailing.has(keys[index] as string);
  const attempts = [(expression: string) => resolveDateExpression(expression, reference, language)];
  const anchor = reference ? parseIsoDate(reference.date) : null;
  // Understood against a day ("mardi", "cette semaine") but the article is only dated to the month or year:
  // the article's own period, with a low confidence.
  if (reference && anchor && reference.precision && reference.precision !== "DAY") {
    const period = expandToPeriod(anchor, reference.precision);
    attempts.push((expression) => (resolveDateExpression(expression, { date: reference.date, precision: "DAY" }, language) ? period : null));
  }
  for (const [attempt, resolve] of attempts.entries()) {
    for (let length = to - from + 1; length >= 1; length--) {
      for (let start = Math.max(from, trigger - length + 1); start <= trigger && start + length - 1 <= to; start++) {
        const end = start + length - 1;
        if (!canEnd(end)) continue;
        const expression = text.slice((tokens[start] as Token).start, (tokens[end] as Token).end);
        const value = resolve(expression);
        if (!value || !isPlausible(tokens, keys, start, end, vocabulary, language)) continue;
        const confidence = attempt > 0 ? 0.4 : /\b\d{4}\b/.test(expression) ? 0.9 : 0.75;
        return { to: end, suggestion: shapeSuggestion(text, tokens, keys, start, end, { value, confidence }, vocabulary) };
      }
    }
  }
  return null;
}

/**
 * A year alone must not count things ("2000 soldats"); a month alone in lower case is a month only in
 * French ("may", "march" are English words).
 */
function isPlausible(tokens: Token[], keys: string[], start: number, end: number, vocabulary: Vocabulary, language: string | undefined): boolean {
  const meaningful = keys.slice(start, end + 1).filter((key) => !PREPOSITIONS.has(key) && !DETERMINERS.has(key));
  if (meaningful.length === 0) return false;
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  // "a été suivie": a season needs its determiner ("cet été", "l'hiver") or a year.
  if (only !== undefined && only in vocabulary.words.seasons && !keys.slice(Math.max(0, start - 1), end).some((key) => DETERMINERS.has(key) || key in vocabulary.words.directions)) return false;
  if (only !== undefined && only in vocabulary.words.months && !language?.startsWith("fr") && !tokens.slice(start, end + 1).some((token) => token.capitalised)) return false;
  if (start === end && (tokens[start] as Token).kind === "number") {
    const next = tokens[end + 1];
    if (next && next.kind === "word" && !next.capitalised && !vocabulary.dateish.has(keys[end + 1] as string)) return false;
  }
  return true;
}

function shapeSuggestion(text: string, tokens: Token[], keys: string[], start: number, end: number, resolved: { value: NormalisedDate; confidence: number }, vocabulary: Vocabulary): DateSuggestion {
  let first = start;
  let last = end;
  const isRange = keys.slice(start + 1, end).some((key, index) => vocabulary.separators.has(key) || DASHES.has((tokens[start + 1 + index] as Token).text));
  while (first < last && PREPOSITIONS.has(keys[first] as string) && !(isRange && RANGE_OPENERS.has(keys[first] as string))) first++;
  // "cette fin d'année 2024", "la mi-mars": the determiner belongs to the expression.
  if (first === start && first > 0 && DETERMINERS.has(keys[first - 1] as string) && !DETERMINERS.has(keys[first] as string) && !(tokens[first] as Token).newlineBefore) first--;
  // "jeudi après-midi", "vendredi matin"
  if (PARTS_OF_DAY.has((tokens[last + 1]?.key ?? "") as string) && !(tokens[last + 1] as Token).newlineBefore) last++;
  const startOffset = (tokens[first] as Token).start;
  const endOffset = (tokens[last] as Token).end;
  return { start: startOffset, end: endOffset, text: text.slice(startOffset, endOffset), value: resolved.value, confidence: resolved.confidence };
}
