// GET /api/v1/annotations/export?format=jsonl|w3c|conll: every annotated article of the corpus (JSON Lines streamed).
import { apiRoute } from "@/lib/api/handler";
import type { RouteDocs } from "@/lib/api/route-spec";
import { exportAnnotations } from "@/lib/annotations/export-annotations";
import { exportResponse } from "@/lib/annotations/export-response";
import { exportQuerySchema } from "@/lib/validations/annotation";

const docs: RouteDocs = {
  response: { contentTypes: ["application/x-ndjson", "application/ld+json", "text/plain"], description: "A file: JSON Lines (jsonl), W3C Web Annotation JSON-LD (w3c) or CoNLL (conll)." },
};

export const GET = apiRoute({ permission: "annotation.export", query: exportQuerySchema, docs }, async ({ user, query }) =>
  exportResponse(await exportAnnotations(user, query.format), `annotations-${new Date().toISOString().slice(0, 10)}`),
);
