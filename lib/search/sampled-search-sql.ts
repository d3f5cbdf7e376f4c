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
// The share (in ‰) of articles read to estimate how many hits a search has: the first
// ESTIMATE_FIRST_KEYS ‰ when they hold ESTIMATE_ENOUGH hits already (an estimate within about 10 %,
// all the sizing of a common search needs), else ESTIMATE_KEYS ‰. A quoted phrase is checked against
// each candidate's large text vector, so for a common one the first share costs a quarter as much.
const ESTIMATE_FIRST_KEYS = 5;
const ESTIMATE_KEYS = 20;
const ESTIMATE_ENOUGH = 100;
// About how many hits the facets of a large result set are counted on.
export const SAMPLE_TARGET = 1000;

/** What the estimate sample says, scaled to the whole table: word matches, and those passing the filters. */
export type SearchEstimate = {
  articles: number;
  /** Articles with the words (every article when there are none). */
  matches: number;
  /** Of those, the ones that pass the filters. */
  filtered: number;
  /** Articles with all the words in their title, and those of them passing the filters. */
  titled: number;
  titledFiltered: number;
};

/** The estimate statement's row: its counts in the sample it read, `keys` ‰ of the articles, and the words parsed (none without a query). */
export type EstimateRow = SearchEstimate & { keys: number; words: SearchWords | null };

/** The counts of an estimate row scaled to the whole table (the planner's article count is already). */
export function scaledEstimate({ keys, articles, ...counts }: EstimateRow): SearchEstimate {
  const scaled = (count: number) => (count * SAMPLE_KEYS) / keys;
  return { articles, matches: scaled(counts.matches), filtered: scaled(counts.filtered), titled: scaled(counts.titled), titledFiltered: scaled(counts.titledFiltered) };
}

/**
 * The words typed, parsed once in every language present (see SearchWords), in the same round trip
 * as the estimate; then how many articles of the estimate sample match them (all of them when there
 * are none), how many have them in their title, how many of each pass the filters too; and how many
 * articles there are (the planner's count, free to read). The rest of the sample is read only when its
 * first share holds too few hits (a one-time condition: PostgreSQL then skips that read altogether).
 */
export function estimateStatement(query: ListArticlesQuery): Prisma.Sql {
  const words = query.q === undefined ? undefined : Prisma.sql`(SELECT q FROM words)`;
  const inTitle = words ? Prisma.sql`a."titleVector" @@ ${words}` : Prisma.sql`FALSE`;
  const counts = (keys: Prisma.Sql) => Prisma.sql`
    SELECT count(*)::int AS matches, count(*) FILTER (WHERE ${allFilters(query)})::int AS filtered,
           count(*) FILTER (WHERE ${inTitle})::int AS titled, count(*) FILTER (WHERE ${inTitle} AND ${allFilters(query)})::int AS "titledFiltered"
      FROM articles a
     WHERE a."deletedAt" IS NULL AND ${keys} ${words ? Prisma.sql`AND a."searchVector" @@ ${words}` : Prisma.empty}`;
  // An empty anyWord: no word to look up (only stop words, or only exclusions).
  const parsed = Prisma.sql`words AS MATERIALIZED (
      SELECT q, json_build_object('tsquery', q::text,
               'anyWord', CASE WHEN querytree(q) = 'T' THEN '' ELSE regexp_replace(querytree(q), '&|<[0-9-]*>', '|', 'g') END) AS parsed
        FROM article_search_query(${query.q ?? ""}) q
    ),`;
  return Prisma.sql`
    WITH ${words ? parsed : Prisma.empty} first AS MATERIALIZED (${counts(Prisma.sql`a."sampleKey" < ${ESTIMATE_FIRST_KEYS}`)}),
    rest AS MATERIALIZED (${counts(Prisma.sql`a."sampleKey" >= ${ESTIMATE_FIRST_KEYS} AND a."sampleKey" < ${ESTIMATE_KEYS} AND (SELECT matches FROM first) < ${ESTIMATE_ENOUGH}`)})
    SELECT (CASE WHEN f.matches < ${ESTIMATE_ENOUGH} THEN ${ESTIMATE_KEYS} ELSE ${ESTIMATE_FIRST_KEYS} END)::int AS keys,
           f.matches + r.matches AS matches, f.filtered + r.filtered AS filtered, f.titled + r.titled AS titled,
           f."titledFiltered" + r."titledFiltered" AS "titledFiltered",
           (SELECT greatest(reltuples, 0)::int FROM pg_class WHERE oid = 'articles'::regclass) AS articles,
           ${words ? Prisma.sql`(SELECT parsed FROM words)` : Prisma.sql`NULL::json`} AS words
      FROM first f, rest r`;
}

// Rough costs in microseconds (measured at 100,000 articles): a row read along the date index and its
// filters checked; a text vector read and matched (it is large and stored apart); a hit read through
// the text index (its posting, then its row).
const ROW_COST = 2;
const VECTOR_COST = 10;
const HIT_COST = 2.5;

/**
 * Whether a tier is cheaper read along the date index, stopping at the page's last row, than through
 * the text index, which reads every article with the words before sorting them: the first visits
 * about limit × articles / wanted rows (PostgreSQL cannot tell when words go together, "Sahara
 * occidental", nor when they go with the filters, so it is told). `wanted`: the tier's articles
 * passing the filters; `indexed`: what the text index returns for it; `vectorShare`: the share of the
 * visited rows whose text vector is read.
 */
function walksDateIndex(articles: number, limit: number, wanted: number, indexed: number, vectorShare: number): boolean {
  const visited = (limit * articles) / Math.max(wanted, 1);
  return visited * (ROW_COST + vectorShare * VECTOR_COST) < indexed * HIT_COST;
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

/** How each read finds its rows: forced along the date index, through the text indexes, or by the cost estimate. */
export type PageRead = "date" | "text" | "estimate";

function pageStatement(query: ListArticlesQuery, parsed: SearchWords | undefined, sort: NonNullable<ListArticlesQuery["sort"]>, estimate: SearchEstimate, read: PageRead): Prisma.Sql {
  const words = parsed && Prisma.sql`${parsed.tsquery}::tsquery`;
  const filters = allFilters(query);
  const offset = (query.page - 1) * query.pageSize;
  const limit = offset + query.pageSize;
  const { matches, filtered, titled, titledFiltered } = estimate;
  // The planner's count is 0 before the table's first analysis.
  const articles = Math.max(estimate.articles, matches);
  const walks = (wanted: number, indexed: number, vectorShare: number) =>
    read === "estimate" ? walksDateIndex(articles, limit, wanted, indexed, vectorShare) : read === "date";
  // Along the date index, a CASE keeps the text indexes out and makes the cheap conditions run first:
  // the text match reads the article's large vector.
  const textMatch = (walk: boolean, before: Prisma.Sql = Prisma.sql`TRUE`) =>
    words && (walk ? Prisma.sql`CASE WHEN ${filters} AND ${before} THEN a."searchVector" @@ ${words} ELSE FALSE END` : Prisma.sql`${before} AND a."searchVector" @@ ${words}`);
  const filterShare = filtered / Math.max(matches, 1);
  if (sort === "oldest") {
    return Prisma.sql`SELECT a.id, 0 AS tier, a."publishedOn", a."createdAt" FROM articles a
       WHERE a."deletedAt" IS NULL AND ${filters} AND ${textMatch(walks(filtered, matches, filterShare)) ?? Prisma.sql`TRUE`}
       ORDER BY a."publishedOn" ASC NULLS LAST, a."createdAt" ASC, a.id ASC OFFSET ${offset} LIMIT ${query.pageSize}`;
  }
  let conditions: Prisma.Sql[];
  if (sort === "relevance" && words) {
    // The trigger gives every article a title vector; no coalesce, which would hide the match from the planner.
    const inTitle = Prisma.sql`a."titleVector" @@ ${words}`;
    // Title matches: the title vector is small and stored in the row; the text vector is read for the
    // words a title has but its text excludes (-word).
    const titleWalk = walks(titledFiltered, titled, 0);
    const titleTier = titleWalk
      ? Prisma.sql`CASE WHEN ${filters} AND ${inTitle} THEN a."searchVector" @@ ${words} ELSE FALSE END`
      : Prisma.sql`${inTitle} AND CASE WHEN ${filters} THEN a."searchVector" @@ ${words} ELSE FALSE END`;
    const rest = textMatch(walks(filtered - titledFiltered, matches, filterShare), Prisma.sql`NOT (${inTitle})`) as Prisma.Sql;
    conditions = [titleTier, rest];
  } else {
    conditions = [textMatch(walks(filtered, matches, filterShare)) ?? Prisma.sql`TRUE`];
  }
  const tiers = conditions.flatMap((where, index) => [
    { rank: 2 * index, where, dated: true },
    { rank: 2 * index + 1, where, dated: false },
  ]);
  return Prisma.sql`SELECT * FROM (${Prisma.join(
    tiers.map((tier) => tierRead(tier, filters, limit)),
    " UNION ALL ",
  )}) t ORDER BY tier, "publishedOn" DESC NULLS LAST, "createdAt" DESC, id DESC OFFSET ${offset} LIMIT ${query.pageSize}`;
}

/**
 * Two statements, each about half the work, for two connections at once (PostgreSQL runs a statement on
 * one core): the page with its snippets, and the total and facets counted on a sample of `sampleKeys` ‰
 * of the articles. `estimate`: the size estimate, which decides how the page is read (`read`).
 */
export function sampledSearchStatements(
  query: ListArticlesQuery,
  parsed: SearchWords | undefined,
  { sampleKeys, estimate, read = "estimate" }: { sampleKeys: number; estimate: SearchEstimate; read?: PageRead },
): { page: Prisma.Sql; sample: Prisma.Sql } {
  const words = parsed && Prisma.sql`${parsed.tsquery}::tsquery`;
  const sort = query.sort ?? (words ? "relevance" : "newest");
  const scale = SAMPLE_KEYS / sampleKeys;
  const order = sort === "oldest" ? Prisma.sql`h."publishedOn" ASC NULLS LAST, h."createdAt" ASC, h.id ASC` : Prisma.sql`h.tier, h."publishedOn" DESC NULLS LAST, h."createdAt" DESC, h.id DESC`;
  return {
    page: Prisma.sql`WITH page AS (${pageStatement(query, parsed, sort, estimate, read)}) SELECT ${hitsJson(parsed, order)} AS hits`,
    sample: Prisma.sql`
      WITH sample AS MATERIALIZED (
        SELECT a.id, ${facetColumns(query)} FROM articles a
         WHERE a."deletedAt" IS NULL AND a."sampleKey" < ${sampleKeys} ${words ? Prisma.sql`AND a."searchVector" @@ ${words}` : Prisma.empty}
      )
      SELECT (SELECT round(count(*) * ${scale}::float8)::int FROM sample WHERE ${matchingAllBut()}) AS total,
             ${facetsJson("sample", scale, query)} AS facets`,
  };
}
