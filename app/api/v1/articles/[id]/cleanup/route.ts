// PUT /api/v1/articles/{id}/cleanup: chooses which clean-up changes to undo; the text is cleaned again
// from the raw revision into a new revision.
import { apiRoute } from "@/lib/api/handler";
import { reviseCleanup } from "@/lib/ingest/revise-cleanup";
import { idParams } from "@/lib/validations/common";
import { reviseCleanupSchema } from "@/lib/validations/import";

export const PUT = apiRoute({ permission: "article.edit", params: idParams, body: reviseCleanupSchema }, ({ user, params, body }) =>
  reviseCleanup(user, params.id, body),
);
