// POST /api/v1/entities/{id}/split `{version, name, typeKey?, aliasIds, annotationIds}`: move the chosen
// names and mentions to a new entity.
import { apiRoute } from "@/lib/api/handler";
import { splitEntity } from "@/lib/entities/split-entity";
import { idParams } from "@/lib/validations/common";
import { splitEntitySchema } from "@/lib/validations/entity";

export const POST = apiRoute({ permission: "entity.merge", params: idParams, body: splitEntitySchema }, ({ user, params, body }) => splitEntity(user, params.id, body));
