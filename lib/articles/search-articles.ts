// The workspace article list and search (`/articles`, `GET /api/v1/articles`): full-text matches or
// every article, filtered, sorted and paged, with highlighted snippets and facet counts.
//
// A search first estimates its size on a 2 % sample of the articles. Up to EXACT_LIMIT hits it reads
// them all (exact total and facets, ranked by title and text); beyond, the total and facets are
// estimated on a sample and the page is read in index order (lib/search/sampled-search-sql.ts), so a
// broad query over 100,000 articles costs about what a narrow one does.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { plainSql, sqlTransaction } from "@/lib/db/plain-sql";
import { Prisma, type Article, type Source } from "@/lib/generated/prisma/client";
import { exactSearchStatement } from "@/lib/search/exact-search-sql";
import { ESTIMATE_KEYS, estimateStatement, SAMPLE_KEYS, SAMPLE_TARGET, sampledSearchStatement, type PageRead, type SearchEstimate } from "@/lib/search/sampled-search-sql";
import type { SearchRow, SearchWords } from "@/lib/search/search-sql-parts";
import { snippetParts, type SnippetPart } from "@/lib/search/snippet";
import type { ListArticlesQuery } from "@/lib/validations/article";

// Above this estimated number of hits, reading them all costs more than sampling (measured: npm run bench -- search).
const EXACT_LIMIT = 300;

export type ArticleSummary = Pick<Article, "id" | "title" | "language" | "publishedOn" | "publishedPrecision" | "status" | "createdAt" | "copyOfId"> & {
  source: Pick<Source, "id" | "name"> | null;
  snippet: SnippetPart[] | null;
};
export type ArticleFacets = SearchRow["facets"];
export type ArticlePage = {
  items: ArticleSummary[];
  total: number;
  /** True when the total and the facet counts are estimates from a sample (large result sets). */
  approximate: boolean;
  page: number;
  pageSize: number;
  sort: NonNullable<ListArticlesQuery["sort"]>;
  facets: ArticleFacets;
};

/** For tests: `exactLimit` (above it, the sampled path), and how the sampled path reads its page (see PageRead). */
type Tuning = { exactLimit: number; pageRead?: PageRead };

/**
 * The words parsed once, in every language present, and passed on as values so the planner sees how
 * common they are; and joined by OR, negations dropped, to rank titles by how many of the words they
 * hold and to find the first word for snippets. An empty anyWord: no word to look up (only stop
 * words, or only exclusions).
 */
async function parseWords(q: string): Promise<SearchWords> {
  const [row] = await plainSql(db).query<SearchWords>(Prisma.sql`
    SELECT q::text AS tsquery, CASE WHEN querytree(q) = 'T' THEN '' ELSE regexp_replace(querytree(q), '&|<[0-9-]*>', '|', 'g') END AS "anyWord"
      FROM article_search_query(${q}) q`);
  return row ?? { tsquery: "", anyWord: "" };
}

/**
 * A large result set is read through its indexes only: for common words that go together, PostgreSQL's
 * estimates make a scan of the whole table look cheaper than the date index, and the scan reads every
 * article's large search vector (a second instead of milliseconds); nor do parallel workers help an
 * interactive request on a small server.
 */
function readThroughIndexes(statement: Prisma.Sql): Promise<SearchRow[]> {
  return sqlTransaction(db, async (tx) => {
    await tx.query(Prisma.sql`SET LOCAL enable_seqscan = off`);
    await tx.query(Prisma.sql`SET LOCAL max_parallel_workers_per_gather = 0`);
    return tx.query<SearchRow>(statement);
  });
}

/** Readers have no `article.read`: they never reach an article, whatever they search for. Deleted articles are never found. */
export async function searchArticles(actor: CurrentUser, query: ListArticlesQuery, { exactLimit, pageRead = "estimate" }: Tuning = { exactLimit: EXACT_LIMIT }): Promise<ArticlePage> {
  assertCan(actor, "article.read");
  const words = query.q ? await parseWords(query.q) : undefined;
  const tsquery = words?.tsquery;
  const sql = plainSql(db);
  const [counts] = await sql.query<SearchEstimate>(estimateStatement(query, tsquery));
  // Counts in the estimate sample, scaled to the whole table.
  const scaled = (count: number | undefined) => ((count ?? 0) * SAMPLE_KEYS) / ESTIMATE_KEYS;
  const estimate: SearchEstimate = {
    articles: counts?.articles ?? 0,
    matches: scaled(counts?.matches),
    filtered: scaled(counts?.filtered),
    titled: scaled(counts?.titled),
    titledFiltered: scaled(counts?.titledFiltered),
  };
  const approximate = estimate.matches > exactLimit;
  // The facets' sample: about SAMPLE_TARGET hits, smaller than the estimate's for the plain list and very common words.
  const sampleKeys = Math.min(SAMPLE_KEYS, Math.ceil((SAMPLE_KEYS * SAMPLE_TARGET) / Math.max(estimate.matches, 1)));
  const [result] = approximate
    ? await readThroughIndexes(sampledSearchStatement(query, words, { sampleKeys, estimate, read: pageRead }))
    : await sql.query<SearchRow>(exactSearchStatement(query, words));
  if (!result) throw new Error("The search statement returned no row.");

  const items = result.hits.map(({ publishedOn, createdAt, snippet, ...hit }): ArticleSummary => ({
    ...hit,
    // A date alone is midnight UTC, as Prisma gives a @db.Date.
    publishedOn: publishedOn === null ? null : new Date(publishedOn),
    createdAt: new Date(`${createdAt}Z`),
    snippet: snippet === null ? null : snippetParts(snippet),
  }));
  return {
    items,
    total: Number(result.total),
    approximate,
    page: query.page,
    pageSize: query.pageSize,
    sort: query.sort ?? (query.q ? "relevance" : "newest"),
    facets: result.facets,
  };
}
