// POST /api/v1/entities/duplicates/decisions: `{decision: "CONFIRMED", sourceId, targetId, sourceVersion,
// targetVersion}` merges the pair; `{decision: "DISMISSED", entityIds}` keeps it from being proposed again.
import { apiRoute } from "@/lib/api/handler";
import { dismissDuplicate } from "@/lib/entities/dismiss-duplicate";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { duplicateDecisionSchema } from "@/lib/validations/entity";

export const POST = apiRoute({ permission: "entity.merge", body: duplicateDecisionSchema }, ({ user, body }) =>
  body.decision === "DISMISSED" ? dismissDuplicate(user, body.entityIds) : mergeEntities(user, body),
);
