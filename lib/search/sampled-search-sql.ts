// The search statements for large result sets, where reading every hit would take too long (a broad
// query, or the plain list of 100,000 articles): each article has a random `sampleKey` (0–999), so
// "sampleKey < k" is an indexed, unbiased k‰ sample. The total and the facets are counted on a
// sample of about SAMPLE_TARGET hits and scaled (the response says they are estimates); the page is
// exact, read in index order: articles with one of the words in their title first, then the rest,
// newest first within each.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { allFilters, facetColumns, facetsJson, hitsJson, matchingAllBut, type SearchWords } from "@/lib/search/search-sql-parts";
import type { ListArticlesQuery } from "@/lib/validations/article";

export const SAMPLE_KEYS = 1000;
// The share (in ‰) of articles read to estimate how many hits a search has.
export const ESTIMATE_KEYS = 20;
// About how many hits the facets of a large result set are counted on.
export const SAMPLE_TARGET = 1000;

// Above this share of the articles, the words are common enough that walking the date index finds a
// page sooner than reading every hit through the text index; PostgreSQL cannot tell when words go
// together ("Sahara occidental"), so it is told (see pageStatement).
export const COMMON_SHARE = 0.05;

/**
 * How many articles of the estimate sample match the words (all of them when there are none), and how
 * many of those pass the filters too; and how many articles there are (the planner's count, free to read).
 */
export function estimateStatement(query: ListArticlesQuery, tsquery: string | undefined): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS sampled, count(*) FILTER (WHERE ${allFilters(query)})::int AS filtered,
           (SELECT greatest(reltuples, 0)::int FROM pg_class WHERE oid = 'articles'::regclass) AS articles
      FROM articles a
     WHERE a."deletedAt" IS NULL AND a."sampleKey" < ${ESTIMATE_KEYS}
       ${tsquery === undefined ? Prisma.empty : Prisma.sql`AND a."searchVector" @@ ${tsquery}::tsquery`}`;
}

// One ordered, limited read per tier: PostgreSQL walks the (publishedOn, createdAt, id) index when the
// tier's articles are common, or finds them through the GIN indexes and sorts them when they are rare.
// Conditions of equal cost are evaluated in the order written: the cheap filters come before the text
// match, which reads the article's large vector.
type Tier = { rank: number; where: Prisma.Sql; dated: boolean };

function tierRead({ rank, where, dated }: Tier, filters: Prisma.Sql, limit: number): Prisma.Sql {
  const order = dated ? Prisma.sql`a."publishedOn" DESC, a."createdAt" DESC, a.id DESC` : Prisma.sql`a."createdAt" DESC, a.id DESC`;
  return Prisma.sql`(SELECT a.id, ${rank} AS tier, a."publishedOn", a."createdAt" FROM articles a
     WHERE a."deletedAt" IS NULL AND a."publishedOn" IS ${dated ? Prisma.sql`NOT NULL` : Prisma.sql`NULL`} AND ${filters} AND ${where}
     ORDER BY ${order} LIMIT ${limit})`;
}

function pageStatement(query: ListArticlesQuery, parsed: SearchWords | undefined, sort: NonNullable<ListArticlesQuery["sort"]>, commonWords: boolean): Prisma.Sql {
  const words = parsed && Prisma.sql`${parsed.tsquery}::tsquery`;
  const filters = allFilters(query);
  // For common words, the CASE keeps the text index out, so the date index serves the read, and makes
  // the filters run first: the text match reads the article's large vector.
  const textMatch =
    words && (commonWords ? Prisma.sql`CASE WHEN ${filters} THEN a."searchVector" @@ ${words} ELSE FALSE END` : Prisma.sql`a."searchVector" @@ ${words}`);
  const offset = (query.page - 1) * query.pageSize;
  const limit = offset + query.pageSize;
  if (sort === "oldest") {
    return Prisma.sql`SELECT a.id, 0 AS tier, a."publishedOn", a."createdAt" FROM articles a
       WHERE a."deletedAt" IS NULL AND ${filters} AND ${textMatch ?? Prisma.sql`TRUE`}
       ORDER BY a."publishedOn" ASC NULLS LAST, a."createdAt" ASC, a.id ASC OFFSET ${offset} LIMIT ${query.pageSize}`;
  }
  // The trigger gives every article a title vector; no coalesce, which would hide the match from the planner.
  const inTitle = words && Prisma.sql`a."titleVector" @@ ${words}`;
  const conditions: Prisma.Sql[] =
    sort === "relevance" && words && inTitle
      ? [Prisma.sql`${inTitle} AND a."searchVector" @@ ${words}`, Prisma.sql`NOT (${inTitle}) AND ${textMatch}`]
      : [textMatch ?? Prisma.sql`TRUE`];
  const tiers = conditions.flatMap((where, index) => [
    { rank: 2 * index, where, dated: true },
    { rank: 2 * index + 1, where, dated: false },
  ]);
  return Prisma.sql`SELECT * FROM (${Prisma.join(
    tiers.map((tier) => tierRead(tier, filters, limit)),
    " UNION ALL ",
  )}) t ORDER BY tier, "publishedOn" DESC NULLS LAST, "createdAt" DESC, id DESC OFFSET ${offset} LIMIT ${query.pageSize}`;
}

/** `sampleKeys`: how many ‰ of the articles the facets are counted on; `commonWords`: the filtered hits are at least COMMON_SHARE of the articles. */
export function sampledSearchStatement(query: ListArticlesQuery, parsed: SearchWords | undefined, { sampleKeys, commonWords }: { sampleKeys: number; commonWords: boolean }): Prisma.Sql {
  const words = parsed && Prisma.sql`${parsed.tsquery}::tsquery`;
  const sort = query.sort ?? (words ? "relevance" : "newest");
  const scale = SAMPLE_KEYS / sampleKeys;
  const order = sort === "oldest" ? Prisma.sql`h."publishedOn" ASC NULLS LAST, h."createdAt" ASC, h.id ASC` : Prisma.sql`h.tier, h."publishedOn" DESC NULLS LAST, h."createdAt" DESC, h.id DESC`;
  return Prisma.sql`
    WITH sample AS MATERIALIZED (
      SELECT a.id, ${facetColumns(query)} FROM articles a
       WHERE a."deletedAt" IS NULL AND a."sampleKey" < ${sampleKeys} ${words ? Prisma.sql`AND a."searchVector" @@ ${words}` : Prisma.empty}
    ),
    page AS (${pageStatement(query, parsed, sort, commonWords)})
    SELECT (SELECT round(count(*) * ${scale}::float8)::int FROM sample WHERE ${matchingAllBut()}) AS total,
           ${hitsJson(parsed, order)} AS hits,
           ${facetsJson("sample", scale, query)} AS facets`;
}
