// POST /api/v1/articles/{id}/restore `{version}`: take a deleted article out of the trash, annotations and all.
import { apiRoute } from "@/lib/api/handler";
import { restoreArticle } from "@/lib/trash/article-trash";
import { versionBodySchema } from "@/lib/validations/annotation";
import { idParams } from "@/lib/validations/common";

export const POST = apiRoute({ permission: "article.delete", params: idParams, body: versionBodySchema }, ({ user, params, body }) => restoreArticle(user, params.id, body.version));
