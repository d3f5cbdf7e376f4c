// POST /api/v1/annotations/import: a JSON Lines file (our export or doccano's) as the request body.
import { apiRoute } from "@/lib/api/handler";
import { importAnnotations } from "@/lib/annotations/import-annotations";
import { readTextBody } from "@/lib/api/read-text-body";

export const POST = apiRoute({ permission: "annotation.create" }, async ({ user, request }) => importAnnotations(user, await readTextBody(request, 20_000_000)));
