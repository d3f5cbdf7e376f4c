// The workspace article list and search (`/articles`, `GET /api/v1/articles`): full-text matches or
// every article, filtered, sorted and paged, with highlighted snippets and facet counts.
//
// A search first estimates its size on a sample of the articles (0.5 to 2 %, see estimateStatement).
// Up to EXACT_LIMIT hits it reads them all (exact total and facets, ranked by title and text); beyond,
// the total and facets are estimated on a sample and the page is read in index order, the two at once
// (lib/search/sampled-search-sql.ts), so a broad query over 100,000 articles costs about what a narrow
// one does.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { indexOnlyPoolOf } from "@/lib/db/client";
import { plainSql } from "@/lib/db/plain-sql";
import { Prisma, type Article, type Source } from "@/lib/generated/prisma/client";
import { exactSearchStatement } from "@/lib/search/exact-search-sql";
import { estimateStatement, SAMPLE_KEYS, SAMPLE_TARGET, sampledSearchStatements, scaledEstimate, type EstimateRow, type PageRead } from "@/lib/search/sampled-search-sql";
import type { SearchRow } from "@/lib/search/search-sql-parts";
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
 * A large result set is read through its indexes only: for common words that go together, PostgreSQL's
 * estimates make a scan of the whole table look cheaper than the date index, and the scan reads every
 * article's large search vector (a second instead of milliseconds); nor do parallel workers help an
 * interactive request on a small server.
 */
async function readThroughIndexes<Row>(statement: Prisma.Sql): Promise<Row> {
  const [row] = (await indexOnlyPoolOf(db).query(statement.text, statement.values)).rows as Row[];
  if (!row) throw new Error("A search statement returned no row.");
  return row;
}

/** The page and the sample's counts of a large result set, on two connections at once (see sampledSearchStatements). */
async function readSampled(statements: { page: Prisma.Sql; sample: Prisma.Sql }): Promise<SearchRow> {
  const [page, sample] = await Promise.all([readThroughIndexes<Pick<SearchRow, "hits">>(statements.page), readThroughIndexes<Omit<SearchRow, "hits">>(statements.sample)]);
  return { ...page, ...sample };
}

/** Readers have no `article.read`: they never reach an article, whatever they search for. Deleted articles are never found. */
export async function searchArticles(actor: CurrentUser, query: ListArticlesQuery, { exactLimit, pageRead = "estimate" }: Tuning = { exactLimit: EXACT_LIMIT }): Promise<ArticlePage> {
  assertCan(actor, "article.read");
  const sql = plainSql(db);
  const [counts] = await sql.query<EstimateRow>(estimateStatement(query));
  if (!counts) throw new Error("The estimate statement returned no row.");
  const words = counts.words ?? undefined;
  const estimate = scaledEstimate(counts);
  const approximate = estimate.matches > exactLimit;
  // The facets' sample: about SAMPLE_TARGET hits, smaller than the estimate's for the plain list and very common words.
  const sampleKeys = Math.min(SAMPLE_KEYS, Math.ceil((SAMPLE_KEYS * SAMPLE_TARGET) / Math.max(estimate.matches, 1)));
  const result = approximate
    ? await readSampled(sampledSearchStatements(query, words, { sampleKeys, estimate, read: pageRead }))
    : (await sql.query<SearchRow>(exactSearchStatement(query, words)))[0];
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
