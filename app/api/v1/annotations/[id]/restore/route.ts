// POST /api/v1/annotations/{id}/restore `{version}`: undo a delete (with the evidence deleted with it).
import { apiRoute } from "@/lib/api/handler";
import { restoreAnnotation } from "@/lib/annotations/delete-annotation";
import { versionBodySchema } from "@/lib/validations/annotation";
import { idParams } from "@/lib/validations/common";

export const POST = apiRoute({ permission: "annotation.create", params: idParams, body: versionBodySchema }, async ({ user, params, body }) => ({
  annotations: await restoreAnnotation(user, params.id, body.version),
}));
