// PATCH /api/v1/annotations/{id}: edit or review an annotation `{version, …}`; DELETE `{version}`: soft delete.
import { apiRoute } from "@/lib/api/handler";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { updateAnnotationSchema, versionBodySchema } from "@/lib/validations/annotation";
import { idParams } from "@/lib/validations/common";

export const PATCH = apiRoute({ permission: "annotation.read", params: idParams, body: updateAnnotationSchema }, ({ user, params, body }) =>
  updateAnnotation(user, params.id, body),
);

export const DELETE = apiRoute({ permission: "annotation.create", params: idParams, body: versionBodySchema }, ({ user, params, body }) =>
  deleteAnnotation(user, params.id, body.version),
);
