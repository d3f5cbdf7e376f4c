// PUT /api/v1/articles/{id}/status `{version, status}`: to annotate → in progress → reviewed.
import { apiRoute } from "@/lib/api/handler";
import { setArticleStatus } from "@/lib/articles/set-article-status";
import { articleStatusSchema } from "@/lib/validations/annotation";
import { idParams } from "@/lib/validations/common";

export const PUT = apiRoute({ permission: "annotation.create", params: idParams, body: articleStatusSchema }, ({ user, params, body }) =>
  setArticleStatus(user, params.id, body),
);
