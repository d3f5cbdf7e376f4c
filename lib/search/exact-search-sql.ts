// The one SQL statement behind the article list and search: the matching articles (full-text through
// the GIN index on articles."searchVector", see prisma/migrations/20261123000100_search), the page of
// hits with highlighted snippets, and the facet counts, computed from a single materialised set.
//
// Relevance is the title match first (a small vector, cheap for every hit), then the text's match
// density for the leading hits only (the full vector is large, reading it for every hit of a broad
// query would take seconds), then the date. Facets are disjunctive: each facet counts the articles that
// match every filter except its own, so ticking one source still shows what the other sources would add.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { MATCH_END, MATCH_START } from "@/lib/search/snippet";
import type { ListArticlesQuery } from "@/lib/validations/article";

// Sources and entities can run into the thousands: a facet lists the largest ones (and any selected).
const FACET_LIMIT = 20;
// How many of the best title matches are then ordered by the text's match density.
const RANKED_LEADERS = 100;
// Snippets come from the start of the text: highlighting parses what it is given, and press articles
// put what they are about in the lead.
const SNIPPET_SOURCE_CHARS = 3000;
const HEADLINE_OPTIONS = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxFragments=2, MinWords=10, MaxWords=28, FragmentDelimiter=" … "`;

type Filter = "source" | "language" | "date" | "theme" | "entity" | "status";
const filters: Filter[] = ["source", "language", "date", "theme", "entity", "status"];

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
    status: query.status.length ? Prisma.sql`a.status::text = ANY(${query.status}::text[])` : Prisma.sql`TRUE`,
  };
}

/** The flags of every filter except `own` (all of them when `own` is omitted), over the `base` set. */
function matchingAllBut(own: Filter | "" = "", alias = ""): Prisma.Sql {
  return Prisma.raw(
    filters
      .filter((filter) => filter !== own)
      .map((filter) => `${alias}f_${filter}`)
      .join(" AND "),
  );
}

/** The order of the hits, over a set with the columns of `page` below. */
function orderOf(sort: ListArticlesQuery["sort"], alias = ""): Prisma.Sql {
  const newest = `${alias}"publishedOn" DESC NULLS LAST, ${alias}"createdAt" DESC, ${alias}id`;
  if (sort === "oldest") return Prisma.raw(`${alias}"publishedOn" ASC NULLS LAST, ${alias}"createdAt" ASC, ${alias}id`);
  return Prisma.raw(`${alias}leader DESC, ${alias}title_rank DESC, ${alias}text_rank DESC NULLS LAST, ${newest}`);
}

export type SearchRow = {
  total: bigint;
  hits: { id: string; snippet: string | null }[];
  facets: {
    source: { value: string; label: string; count: number }[];
    language: { value: string; count: number }[];
    year: { value: number; count: number }[];
    status: { value: string; count: number }[];
    theme: { value: string; slug: string; labelFr: string; labelEn: string; count: number }[];
    entity: { value: string; label: string; type: string; count: number }[];
  };
};

export function articleSearchStatement(query: ListArticlesQuery): Prisma.Sql {
  const conditions = filterConditions(query);
  const words = query.q;
  const tsquery = Prisma.sql`(SELECT tsq FROM query)`;
  const ranked = Boolean(words) && (query.sort ?? "relevance") === "relevance";
  const snippet = words
    ? Prisma.sql`ts_headline(article_search_config(a.language), left(r.text, ${SNIPPET_SOURCE_CHARS}), ${tsquery}, ${HEADLINE_OPTIONS})`
    : Prisma.sql`NULL::text`;
  const selectedFirst = (values: string[], column: Prisma.Sql) => (values.length ? Prisma.sql`${column} = ANY(${values}::uuid[]) DESC,` : Prisma.empty);
  const arrayFacet = (column: string, own: Filter) =>
    Prisma.sql`SELECT value, count(*) FROM base, unnest(${Prisma.raw(`"${column}"`)}) value WHERE ${matchingAllBut(own)} GROUP BY 1`;

  return Prisma.sql`
    WITH query AS (SELECT article_search_query(${words ?? ""}) AS tsq),
    base AS MATERIALIZED (
      SELECT a.id, a."sourceId", a.language, a."publishedOn", a."createdAt", a.status, a."themeIds", a."entityIds",
             ${ranked ? Prisma.sql`ts_rank(a."titleVector", ${tsquery})` : Prisma.sql`0::real`} AS title_rank,
             ${Prisma.join(
               filters.map((filter) => Prisma.sql`${conditions[filter]} AS ${Prisma.raw(`f_${filter}`)}`),
               ", ",
             )}
        FROM articles a
       WHERE a."deletedAt" IS NULL ${words ? Prisma.sql`AND a."searchVector" @@ article_search_query(${words})` : Prisma.empty}
    ),
    leaders AS MATERIALIZED (
      SELECT h.id, ts_rank(a."searchVector", ${tsquery}, 1) AS text_rank
        FROM (SELECT id FROM base WHERE ${ranked ? matchingAllBut() : Prisma.sql`FALSE`}
               ORDER BY title_rank DESC, "publishedOn" DESC NULLS LAST, "createdAt" DESC, id LIMIT ${RANKED_LEADERS}) h
        JOIN articles a ON a.id = h.id
    ),
    page AS (
      SELECT h.id, h."publishedOn", h."createdAt", h.title_rank, l.id IS NOT NULL AS leader, l.text_rank
        FROM base h LEFT JOIN leaders l ON l.id = h.id
       WHERE ${matchingAllBut("", "h.")}
       ORDER BY ${orderOf(query.sort)}
       LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
    )
    SELECT
      (SELECT count(*) FROM base WHERE ${matchingAllBut()}) AS total,
      (SELECT coalesce(json_agg(json_build_object('id', h.id, 'snippet', ${snippet}) ORDER BY ${orderOf(query.sort, "h.")}), '[]')
         FROM page h JOIN articles a ON a.id = h.id LEFT JOIN article_revisions r ON r.id = a."currentRevisionId") AS hits,
      json_build_object(
        'source', (SELECT coalesce(json_agg(json_build_object('value', s.id, 'label', s.name, 'count', f.count)), '[]') FROM (
            SELECT "sourceId", count(*) FROM base WHERE ${matchingAllBut("source")} AND "sourceId" IS NOT NULL GROUP BY 1
             ORDER BY ${selectedFirst(query.source, Prisma.sql`"sourceId"`)} count(*) DESC LIMIT ${FACET_LIMIT}
          ) f JOIN sources s ON s.id = f."sourceId"),
        'language', (SELECT coalesce(json_agg(json_build_object('value', language, 'count', count) ORDER BY count DESC, language), '[]') FROM (
            SELECT language, count(*) FROM base WHERE ${matchingAllBut("language")} AND language IS NOT NULL GROUP BY 1) f),
        'year', (SELECT coalesce(json_agg(json_build_object('value', year, 'count', count) ORDER BY year DESC), '[]') FROM (
            SELECT extract(year FROM "publishedOn")::int AS year, count(*) FROM base
             WHERE ${matchingAllBut("date")} AND "publishedOn" IS NOT NULL GROUP BY 1) f),
        'status', (SELECT coalesce(json_agg(json_build_object('value', status, 'count', count) ORDER BY status), '[]') FROM (
            SELECT status, count(*) FROM base WHERE ${matchingAllBut("status")} GROUP BY 1) f),
        'theme', (SELECT coalesce(json_agg(json_build_object('value', t.id, 'slug', t.slug, 'labelFr', t."labelFr", 'labelEn', t."labelEn", 'count', f.count)
                    ORDER BY f.count DESC, t.slug), '[]') FROM (${arrayFacet("themeIds", "theme")}) f
            JOIN themes t ON t.id = f.value AND t."deletedAt" IS NULL),
        'entity', (SELECT coalesce(json_agg(json_build_object('value', e.id, 'label', e."canonicalName", 'type', et.key, 'count', f.count)), '[]') FROM (
            ${arrayFacet("entityIds", "entity")} ORDER BY ${selectedFirst(query.entity, Prisma.sql`value`)} count(*) DESC LIMIT ${FACET_LIMIT}
          ) f JOIN entities e ON e.id = f.value AND e."deletedAt" IS NULL JOIN entity_types et ON et.id = e."typeId")
      ) AS facets`;
}
