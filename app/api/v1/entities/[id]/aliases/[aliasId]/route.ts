// DELETE /api/v1/entities/{id}/aliases/{aliasId} `{version}`: remove a name (the entity's version).
import { apiRoute } from "@/lib/api/handler";
import { removeAlias } from "@/lib/entities/entity-aliases";
import { versionBodySchema } from "@/lib/validations/annotation";
import { aliasParams } from "@/lib/validations/entity";

export const DELETE = apiRoute({ permission: "entity.edit", params: aliasParams, body: versionBodySchema }, ({ user, params, body }) =>
  removeAlias(user, params.id, params.aliasId, body.version),
);
