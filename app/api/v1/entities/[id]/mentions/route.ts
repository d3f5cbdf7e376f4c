// GET /api/v1/entities/{id}/mentions?page=: the entity's mentions across articles, with their context.
import { apiRoute } from "@/lib/api/handler";
import { listEntityMentions } from "@/lib/entities/entity-mentions";
import { idParams } from "@/lib/validations/common";
import { entityMentionsQuerySchema } from "@/lib/validations/entity";

export const GET = apiRoute({ permission: "entity.read", params: idParams, query: entityMentionsQuerySchema }, ({ user, params, query }) =>
  listEntityMentions(user, params.id, query.page),
);
