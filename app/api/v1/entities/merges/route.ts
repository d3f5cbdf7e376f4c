// POST /api/v1/entities/merges `{sourceId, targetId, sourceVersion, targetVersion}`: merge the source
// into the target (names and mentions move); answers the merge's id, for undo.
import { apiRoute } from "@/lib/api/handler";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { mergeEntitiesSchema } from "@/lib/validations/entity";

export const POST = apiRoute({ permission: "entity.merge", body: mergeEntitiesSchema }, ({ user, body }) => mergeEntities(user, body));
