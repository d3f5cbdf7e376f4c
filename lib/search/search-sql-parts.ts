// Pieces shared by the exact and the sampled search statements: the filters as per-row flags, the
// snippet, the page of hits and the facet counts. Facets are disjunctive: each counts the articles
// that match every filter except its own, so ticking one source still shows what the others would add.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { MATCH_END, MATCH_START } from "@/lib/search/snippet";
import type { ListArticlesQuery } from "@/lib/validations/article";

// Sources and entities can run into the thousands: a facet lists the largest ones (and any selected).
const FACET_LIMIT = 20;
// Highlighting parses all it is given (about 0.5 ms per 1,500 characters), so a snippet is cut from
// a window around the first occurrence of the first word, looked for (accents and case aside, by a
// regular expression: a fifth of the cost of folding the text with lower(unaccent())) in the first
// SNIPPET_SEARCH_CHARS characters; without one, from the start.
const SNIPPET_SEARCH_CHARS = 3000;
const SNIPPET_WINDOW_CHARS = 450;
const HEADLINE_OPTIONS = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxFragments=1, MinWords=12, MaxWords=30`;

/**
 * The words parsed (a tsquery's text), passed on to the main statement as a value so the planner sees
 * how common they are; and the same words joined by OR, negations dropped, to rank titles by how many
 * of the words they hold and to find the first word for snippets.
 */
export type SearchWords = { tsquery: string; anyWord: string };

export type Filter = "source" | "language" | "date" | "theme" | "entity" | "status";
const filters: Filter[] = ["source", "language", "date", "theme", "entity", "status"];

/** A hit as the statement returns it: the fields the article list shows, dates as JSON gives them. */
export type SearchHit = {
  id: string;
  title: string;
  language: string | null;
  /** YYYY-MM-DD */
  publishedOn: string | null;
  publishedPrecision: DatePrecision | null;
  status: ArticleStatus;
  /** YYYY-MM-DDTHH:MM:SS.sss, in UTC (a timestamp without time zone, as Prisma writes them) */
  createdAt: string;
  copyOfId: string | null;
  source: { id: string; name: string } | null;
  snippet: string | null;
};

export type SearchRow = {
  total: number;
  hits: SearchHit[];
  facets: {
    source: { value: string; label: string; count: number }[];
    language: { value: string; count: number }[];
    year: { value: number; count: number }[];
    status: { value: string; count: number }[];
    theme: { value: string; slug: string; labelFr: string; labelEn: string; count: number }[];
    entity: { value: string; label: string; type: string; count: number }[];
  };
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function filterConditions(query: ListArticlesQuery): Record<Filter, Prisma.Sql> {
  const dates = [
    query.from && Prisma.sql`a."publishedOn" >= ${isoDate(query.from)}::date`,
    query.to && Prisma.sql`a."publishedOn" <= ${isoDate(query.to)}::date`,
  ].filter((condition) => condition !== undefined);
  return {
    source: query.source.length ? Prisma.sql`a."sourceId" = ANY(${query.source}::uuid[])` : Prisma.sql`TRUE`,
    language: query.language.length ? Prisma.sql`a.language = ANY(${query.language}::text[])` : Prisma.sql`TRUE`,
    date: dates.length ? Prisma.join(dates, " AND ") : Prisma.sql`TRUE`,
    theme: query.theme.length ? Prisma.sql`a."themeIds" && ${query.theme}::uuid[]` : Prisma.sql`TRUE`,
    entity: query.entity.length ? Prisma.sql`a."entityIds" && ${query.entity}::uuid[]` : Prisma.sql`TRUE`,
    // Compared as the enum, not as text: the planner then knows how common each status is.
    status: query.status.length ? Prisma.sql`a.status = ANY(${query.status}::"ArticleStatus"[])` : Prisma.sql`TRUE`,
  };
}

/** Every filter as a condition on `articles a`. */
export function allFilters(query: ListArticlesQuery): Prisma.Sql {
  return Prisma.join(Object.values(filterConditions(query)), " AND ");
}

/** The columns a facet set needs: what the facets count, and one flag per filter (f_source …). */
export function facetColumns(query: ListArticlesQuery): Prisma.Sql {
  const conditions = filterConditions(query);
  return Prisma.sql`a."sourceId", a.language, a."publishedOn", a.status, a."themeIds", a."entityIds",
    ${Prisma.join(
      filters.map((filter) => Prisma.sql`${conditions[filter]} AS ${Prisma.raw(`f_${filter}`)}`),
      ", ",
    )}`;
}

/** The flags of every filter except `own` (all of them when `own` is empty), over a facet set. */
export function matchingAllBut(own: Filter | "" = "", alias = ""): Prisma.Sql {
  return Prisma.raw(
    filters
      .filter((filter) => filter !== own)
      .map((filter) => `${alias}f_${filter}`)
      .join(" AND "),
  );
}

/** The first lexeme of a tsquery's text ('secur' | 'maroc' → secur): a stem, so a prefix of the word in most languages. */
export function firstWord(tsquery: string): string {
  return /'((?:[^']|'')+)'/.exec(tsquery)?.[1]?.replaceAll("''", "'") ?? "";
}

// What unaccent folds into each Latin letter (é, È, ç …), and the ligatures it spells out.
const accented = new Map<string, string>();
for (let code = 0xc0; code <= 0x17f; code++) {
  const letter = String.fromCharCode(code);
  const base = letter.normalize("NFD")[0]?.toLowerCase() ?? "";
  if (/^[a-z]$/.test(base)) accented.set(base, (accented.get(base) ?? "") + letter);
}
const ligatures = new Map([["oe", "œŒ"], ["ae", "æÆ"], ["ss", "ß"]]);

function letterClass(char: string): string {
  if (/\p{L}/u.test(char)) return `[${char}${char.toUpperCase()}${accented.get(char) ?? ""}]`;
  // ASCII punctuation is escaped; anything else (digits, marks) stands for itself.
  return /[!-/:-@[-`{-~]/.test(char) ? `\\${char}` : char;
}

/** A regular expression (PostgreSQL's) finding a lexeme in a text the way the search folds it: any case, any accent, œ for oe. */
export function foldedPattern(lexeme: string): string {
  return lexeme.replace(/oe|ae|ss|./gsu, (piece) => {
    const ligature = ligatures.get(piece);
    return ligature ? `(?:${[...piece].map(letterClass).join("")}|[${ligature}])` : letterClass(piece);
  });
}

/**
 * The page's hits in order, with what the article list shows of each (read here rather than by a second
 * query) and a highlighted snippet when there are words: `page` has `id` and the order's columns.
 */
export function hitsJson(parsed: SearchWords | undefined, order: Prisma.Sql): Prisma.Sql {
  const word = firstWord(parsed?.anyWord ?? "");
  const found = word ? Prisma.sql`regexp_instr(left(r.text, ${SNIPPET_SEARCH_CHARS}), ${foldedPattern(word)})` : Prisma.sql`0`;
  const window = Prisma.sql`substr(r.text, greatest(1, ${found} - ${SNIPPET_WINDOW_CHARS / 3}), ${SNIPPET_WINDOW_CHARS})`;
  const snippet = parsed
    ? Prisma.sql`ts_headline(article_search_config(a.language), ${window}, ${parsed.tsquery}::tsquery, ${HEADLINE_OPTIONS})`
    : Prisma.sql`NULL::text`;
  return Prisma.sql`(SELECT coalesce(json_agg(json_build_object(
      'id', h.id, 'title', a.title, 'language', a.language, 'publishedOn', a."publishedOn", 'publishedPrecision', a."publishedPrecision",
      'status', a.status, 'createdAt', a."createdAt", 'copyOfId', a."copyOfId",
      'source', CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('id', s.id, 'name', s.name) END, 'snippet', ${snippet}) ORDER BY ${order}), '[]')
    FROM page h JOIN articles a ON a.id = h.id LEFT JOIN sources s ON s.id = a."sourceId" LEFT JOIN article_revisions r ON r.id = a."currentRevisionId")`;
}

/** The facet counts over the set `set` (with facetColumns), each count multiplied by `scale` (1 when the set is every hit). */
export function facetsJson(set: string, scale: number, query: ListArticlesQuery): Prisma.Sql {
  const from = Prisma.raw(set);
  const count = scale === 1 ? Prisma.sql`count(*)` : Prisma.sql`round(count(*) * ${scale}::float8)::int`;
  // The join after a facet's LIMIT does not keep its order: json_agg orders again, the same way.
  const selectedFirst = (values: string[], column: Prisma.Sql) => (values.length ? Prisma.sql`${column} = ANY(${values}::uuid[]) DESC,` : Prisma.empty);
  // unnest in the select list: in FROM, each row's call would fill and read a tuple store of its own (1 ms per request).
  const arrayFacet = (column: string, own: Filter) =>
    Prisma.sql`SELECT value, ${count} AS count FROM (SELECT unnest(${Prisma.raw(`"${column}"`)}) AS value FROM ${from} WHERE ${matchingAllBut(own)}) f GROUP BY 1`;
  return Prisma.sql`json_build_object(
    'source', (SELECT coalesce(json_agg(json_build_object('value', s.id, 'label', s.name, 'count', f.count)
                ORDER BY ${selectedFirst(query.source, Prisma.sql`f."sourceId"`)} f.count DESC, f."sourceId"), '[]') FROM (
        SELECT "sourceId", ${count} AS count FROM ${from} WHERE ${matchingAllBut("source")} AND "sourceId" IS NOT NULL GROUP BY 1
         ORDER BY ${selectedFirst(query.source, Prisma.sql`"sourceId"`)} count(*) DESC, "sourceId" LIMIT ${FACET_LIMIT}
      ) f JOIN sources s ON s.id = f."sourceId"),
    'language', (SELECT coalesce(json_agg(json_build_object('value', language, 'count', count) ORDER BY count DESC, language), '[]') FROM (
        SELECT language, ${count} AS count FROM ${from} WHERE ${matchingAllBut("language")} AND language IS NOT NULL GROUP BY 1) f),
    'year', (SELECT coalesce(json_agg(json_build_object('value', year, 'count', count) ORDER BY year DESC), '[]') FROM (
        SELECT extract(year FROM "publishedOn")::int AS year, ${count} AS count FROM ${from}
         WHERE ${matchingAllBut("date")} AND "publishedOn" IS NOT NULL GROUP BY 1) f),
    'status', (SELECT coalesce(json_agg(json_build_object('value', status, 'count', count) ORDER BY status), '[]') FROM (
        SELECT status, ${count} AS count FROM ${from} WHERE ${matchingAllBut("status")} GROUP BY 1) f),
    'theme', (SELECT coalesce(json_agg(json_build_object('value', t.id, 'slug', t.slug, 'labelFr', t."labelFr", 'labelEn', t."labelEn", 'count', f.count)
                ORDER BY f.count DESC, t.slug), '[]') FROM (${arrayFacet("themeIds", "theme")}) f
        JOIN themes t ON t.id = f.value AND t."deletedAt" IS NULL),
    'entity', (SELECT coalesce(json_agg(json_build_object('value', e.id, 'label', e."canonicalName", 'type', et.key, 'count', f.count)
                ORDER BY ${selectedFirst(query.entity, Prisma.sql`f.value`)} f.count DESC, f.value), '[]') FROM (
        ${arrayFacet("entityIds", "entity")} ORDER BY ${selectedFirst(query.entity, Prisma.sql`value`)} count(*) DESC, value LIMIT ${FACET_LIMIT}
      ) f JOIN entities e ON e.id = f.value AND e."deletedAt" IS NULL JOIN entity_types et ON et.id = e."typeId")
  )`;
}
