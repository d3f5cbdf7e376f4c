// GET /api/v1/entities/{id}: the entity with its names, merges, co-mentioned entities and timeline;
// PATCH `{version, canonicalName?, typeKey?, description?, externalIds?}`: edit it (409 on a stale version);
// DELETE `{version}`: put it in the trash, when nothing relies on it (POST …/restore brings it back).
import { apiRoute } from "@/lib/api/handler";
import { getEntityContext } from "@/lib/entities/entity-context";
import { getEntity } from "@/lib/entities/get-entity";
import { updateEntity } from "@/lib/entities/update-entity";
import { deleteEntity } from "@/lib/trash/entity-trash";
import { versionBodySchema } from "@/lib/validations/annotation";
import { idParams } from "@/lib/validations/common";
import { updateEntitySchema } from "@/lib/validations/entity";

export const GET = apiRoute({ permission: "entity.read", params: idParams }, async ({ user, params }) => {
  const entity = await getEntity(user, params.id);
  return { ...entity, ...(await getEntityContext(user, params.id)) };
});

export const PATCH = apiRoute({ permission: "entity.edit", params: idParams, body: updateEntitySchema }, ({ user, params, body }) => updateEntity(user, params.id, body));

export const DELETE = apiRoute({ permission: "entity.delete", params: idParams, body: versionBodySchema }, ({ user, params, body }) => deleteEntity(user, params.id, body.version));
