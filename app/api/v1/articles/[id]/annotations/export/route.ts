// GET /api/v1/articles/{id}/annotations/export?format=jsonl|w3c|conll: one article's annotations as a file.
import { apiRoute } from "@/lib/api/handler";
import type { RouteDocs } from "@/lib/api/route-spec";
import { exportAnnotations } from "@/lib/annotations/export-annotations";
import { exportResponse } from "@/lib/annotations/export-response";
import { exportQuerySchema } from "@/lib/validations/annotation";
import { idParams } from "@/lib/validations/common";

const docs: RouteDocs = {
  response: { contentTypes: ["application/x-ndjson", "application/ld+json", "text/plain"], description: "A file: JSON Lines (jsonl), W3C Web Annotation JSON-LD (w3c) or CoNLL (conll)." },
};

export const GET = apiRoute({ permission: "annotation.export", params: idParams, query: exportQuerySchema, docs }, async ({ user, params, query }) =>
  exportResponse(await exportAnnotations(user, query.format, params.id), `annotations-${params.id}`),
);
