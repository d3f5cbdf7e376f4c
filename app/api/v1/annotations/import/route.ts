// POST /api/v1/annotations/import: a JSON Lines file (our export or doccano's) as the request body.
import { apiRoute } from "@/lib/api/handler";
import type { RouteDocs } from "@/lib/api/route-spec";
import { importAnnotations } from "@/lib/annotations/import-annotations";
import { readTextBody } from "@/lib/api/read-text-body";

const docs: RouteDocs = {
  requestBody: { contentType: "application/x-ndjson", description: "JSON Lines, 20 MB at most: one article per line, as the jsonl export writes it, or doccano's export." },
};

export const POST = apiRoute({ permission: "annotation.create", docs }, async ({ user, request }) => importAnnotations(user, await readTextBody(request, 20_000_000)));
