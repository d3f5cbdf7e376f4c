// The workspace article list and search (`/articles`, `GET /api/v1/articles`): full-text matches or
// every article, filtered, sorted and paged, with highlighted snippets and facet counts.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articleSearchStatement, type SearchRow } from "@/lib/search/article-search-sql";
import { snippetParts, type SnippetPart } from "@/lib/search/snippet";
import type { ListArticlesQuery } from "@/lib/validations/article";

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
  page: number;
  pageSize: number;
  sort: NonNullable<ListArticlesQuery["sort"]>;
  facets: ArticleFacets;
};

/** Readers have no `article.read`: they never reach an article, whatever they search for. Deleted articles are never found. */
export async function searchArticles(actor: CurrentUser, query: ListArticlesQuery): Promise<ArticlePage> {
  assertCan(actor, "article.read");
  const [result] = await db.$queryRaw<SearchRow[]>(articleSearchStatement(query));
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
    page: query.page,
    pageSize: query.pageSize,
    sort: query.sort ?? (query.q ? "relevance" : "newest"),
    facets: result.facets,
  };
}
