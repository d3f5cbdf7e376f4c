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
import { Prisma } from "@/lib/generated/prisma/client";
import { exactSearchStatement } from "@/lib/search/exact-search-sql";
import { COMMON_SHARE, ESTIMATE_KEYS, estimateStatement, SAMPLE_KEYS, SAMPLE_TARGET, sampledSearchStatement } from "@/lib/search/sampled-search-sql";
import type { SearchRow, SearchWords } from "@/lib/search/search-sql-parts";
import { snippetParts, type SnippetPart } from "@/lib/search/snippet";
import type { ListArticlesQuery } from "@/lib/validations/article";

// Above this estimated number of hits, reading them all costs more than sampling (measured: npm run bench -- search).
const EXACT_LIMIT = 300;

const articleSummaryFields = {
  id: true,
  title: true,
  language: true,
  publishedOn: true,
  publishedPrecision: true,
  status: true,
  createdAt: true,
  copyOfId: true,
  source: { select: { id: true, name: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleSummary = Prisma.ArticleGetPayload<{ select: typeof articleSummaryFields }> & { snippet: SnippetPart[] | null };
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

type Tuning = { exactLimit: number };

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
export async function searchArticles(actor: CurrentUser, query: ListArticlesQuery, { exactLimit }: Tuning = { exactLimit: EXACT_LIMIT }): Promise<ArticlePage> {
  assertCan(actor, "article.read");
  const words = query.q ? await parseWords(query.q) : undefined;
  const tsquery = words?.tsquery;
  const sql = plainSql(db);
  const [sample] = await sql.query<{ sampled: number; filtered: number; articles: number }>(estimateStatement(query, tsquery));
  // Counts in the estimate sample, scaled to the whole table.
  const estimate = ((sample?.sampled ?? 0) * SAMPLE_KEYS) / ESTIMATE_KEYS;
  const filteredEstimate = ((sample?.filtered ?? 0) * SAMPLE_KEYS) / ESTIMATE_KEYS;
  const approximate = estimate > exactLimit;
  const sampleKeys = Math.min(SAMPLE_KEYS, Math.max(ESTIMATE_KEYS, Math.ceil((SAMPLE_KEYS * SAMPLE_TARGET) / Math.max(estimate, 1))));
  const commonWords = filteredEstimate >= COMMON_SHARE * (sample?.articles || Infinity);
  const [result] = approximate
    ? await readThroughIndexes(sampledSearchStatement(query, words, { sampleKeys, commonWords }))
    : await sql.query<SearchRow>(exactSearchStatement(query, words));
  if (!result) throw new Error("The search statement returned no row.");

  const articles = await db.article.findMany({ where: { id: { in: result.hits.map((hit) => hit.id) } }, select: articleSummaryFields });
  const byId = new Map(articles.map((article) => [article.id, article]));
  const items = result.hits.flatMap(({ id, snippet }) => {
    const article = byId.get(id);
    return article ? [{ ...article, snippet: snippet === null ? null : snippetParts(snippet) }] : [];
  });
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
