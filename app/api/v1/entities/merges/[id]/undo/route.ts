// POST /api/v1/entities/merges/{id}/undo: move back exactly what the merge moved (409 when no longer safe).
import { apiRoute } from "@/lib/api/handler";
import { undoMerge } from "@/lib/entities/merge-entities";
import { idParams } from "@/lib/validations/common";

export const POST = apiRoute({ permission: "entity.merge", params: idParams }, ({ user, params }) => undoMerge(user, params.id));
