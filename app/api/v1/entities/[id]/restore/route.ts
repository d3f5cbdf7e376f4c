// POST /api/v1/entities/{id}/restore `{version}`: take a deleted entity out of the trash, with its names.
import { apiRoute } from "@/lib/api/handler";
import { restoreEntity } from "@/lib/trash/entity-trash";
import { versionBodySchema } from "@/lib/validations/annotation";
import { idParams } from "@/lib/validations/common";

export const POST = apiRoute({ permission: "entity.delete", params: idParams, body: versionBodySchema }, ({ user, params, body }) => restoreEntity(user, params.id, body.version));
