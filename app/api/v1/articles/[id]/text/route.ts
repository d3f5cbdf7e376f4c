// PUT /api/v1/articles/{id}/text `{version, text}`: correct the text (a new revision; annotations re-anchored).
import { apiRoute } from "@/lib/api/handler";
import { correctArticleText } from "@/lib/articles/correct-article-text";
import { correctTextSchema } from "@/lib/validations/article-metadata";
import { idParams } from "@/lib/validations/common";

export const PUT = apiRoute({ permission: "article.edit", params: idParams, body: correctTextSchema }, ({ user, params, body }) => correctArticleText(user, params.id, body));
