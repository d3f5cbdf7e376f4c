// GET /api/v1/annotations/review?kind=&page=: pending annotations across articles, lowest confidence
// first; POST `{decision, items: [{id, version}]}`: accept or reject them all (or none, 409).
import { apiRoute } from "@/lib/api/handler";
import { listReviewQueue, reviewAnnotations } from "@/lib/annotations/review-annotations";
import { reviewAnnotationsSchema, reviewQueueQuerySchema } from "@/lib/validations/annotation";

export const GET = apiRoute({ permission: "annotation.review", query: reviewQueueQuerySchema }, ({ user, query }) => listReviewQueue(user, query));

export const POST = apiRoute({ permission: "annotation.review", body: reviewAnnotationsSchema }, ({ user, body }) => reviewAnnotations(user, body));
