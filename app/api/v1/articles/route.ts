// GET /api/v1/articles: the article list.
import { apiRoute } from "@/lib/api/handler";
import { listArticles } from "@/lib/articles/list-articles";
import { listArticlesQuerySchema } from "@/lib/validations/article";

export const GET = apiRoute({ permission: "article.read", query: listArticlesQuerySchema }, ({ user, query }) => listArticles(user, query));
