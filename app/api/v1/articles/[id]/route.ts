// GET /api/v1/articles/{id}: one article with its current text; PATCH: edit its metadata (with the version read);
// DELETE `{version}`: put it in the trash (POST …/restore brings it back).
import { apiRoute } from "@/lib/api/handler";
import { getArticle } from "@/lib/articles/get-article";
import { updateArticle } from "@/lib/articles/update-article";
import { deleteArticle } from "@/lib/trash/article-trash";
import { versionBodySchema } from "@/lib/validations/annotation";
import { updateArticleSchema } from "@/lib/validations/article-metadata";
import { idParams } from "@/lib/validations/common";

export const GET = apiRoute({ permission: "article.read", params: idParams }, ({ user, params }) => getArticle(user, params.id));

export const PATCH = apiRoute({ permission: "article.edit", params: idParams, body: updateArticleSchema }, ({ user, params, body }) =>
  updateArticle(user, params.id, body),
);

export const DELETE = apiRoute({ permission: "article.delete", params: idParams, body: versionBodySchema }, ({ user, params, body }) => deleteArticle(user, params.id, body.version));
