// GET /api/v1/imports/{id}: a batch's progress (done / total) and its per-item results.
import { apiRoute } from "@/lib/api/handler";
import { getImportBatch } from "@/lib/ingest/import-batch";
import { idParams } from "@/lib/validations/common";

export const GET = apiRoute({ permission: "article.import", params: idParams }, ({ user, params }) => getImportBatch(user, params.id));
