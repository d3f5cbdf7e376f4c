// POST /api/v1/entities/{id}/aliases `{version, name, kind, language?}`: add a name to the entity.
import { apiRoute } from "@/lib/api/handler";
import { addAlias } from "@/lib/entities/entity-aliases";
import { idParams } from "@/lib/validations/common";
import { newAliasSchema } from "@/lib/validations/entity";

export const POST = apiRoute({ permission: "entity.edit", params: idParams, body: newAliasSchema }, ({ user, params, body }) => addAlias(user, params.id, body));
