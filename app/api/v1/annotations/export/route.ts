// GET /api/v1/annotations/export?format=jsonl|w3c|conll: every annotated article of the corpus (JSON Lines streamed).
import { apiRoute } from "@/lib/api/handler";
import { exportAnnotations } from "@/lib/annotations/export-annotations";
import { exportResponse } from "@/lib/annotations/export-response";
import { exportQuerySchema } from "@/lib/validations/annotation";

export const GET = apiRoute({ permission: "annotation.export", query: exportQuerySchema }, async ({ user, query }) =>
  exportResponse(await exportAnnotations(user, query.format), `annotations-${new Date().toISOString().slice(0, 10)}`),
);
