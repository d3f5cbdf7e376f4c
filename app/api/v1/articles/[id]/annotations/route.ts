// GET /api/v1/articles/{id}/annotations: the annotations of the current text (and orphaned ones);
// POST: mark a span `{kind, start, end, quote, …}` (the quote must be the text at those offsets).
import { apiRoute } from "@/lib/api/handler";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { listArticleAnnotations } from "@/lib/annotations/get-annotation-workspace";
import { createAnnotationSchema } from "@/lib/validations/annotation";
import { idParams } from "@/lib/validations/common";

export const GET = apiRoute({ permission: "annotation.read", params: idParams }, ({ user, params }) => listArticleAnnotations(user, params.id));

export const POST = apiRoute({ permission: "annotation.create", params: idParams, body: createAnnotationSchema }, async ({ user, params, body }) => ({
  annotations: await createAnnotation(user, params.id, body),
}));
