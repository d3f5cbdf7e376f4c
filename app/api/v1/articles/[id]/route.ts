// GET /api/v1/articles/{id}: one article with its current text.
import { apiRoute } from "@/lib/api/handler";
import { idParams } from "@/lib/validations/common";
import { getArticle } from "@/lib/articles/get-article";

export const GET = apiRoute({ permission: "article.read", params: idParams }, ({ user, params }) => getArticle(user, params.id));
