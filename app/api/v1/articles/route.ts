// GET /api/v1/articles: the article list and full-text search, with filters, facets and paging.
import { apiRoute } from "@/lib/api/handler";
import { searchArticles } from "@/lib/articles/search-articles";
import { listArticlesQuerySchema } from "@/lib/validations/article";

export const GET = apiRoute({ permission: "article.read", query: listArticlesQuerySchema }, ({ user, query }) => searchArticles(user, query));
