// GET /api/v1/entities?q=&type=&page=: the register (names and aliases, accent-insensitive), with
// mention counts, a page at a time; POST `{name, typeKey}`: create an entity (or get back the one
// already registered under that name and type).
import { apiRoute } from "@/lib/api/handler";
import { createEntity } from "@/lib/entities/create-entity";
import { listEntities } from "@/lib/entities/search-entities";
import { newEntitySchema } from "@/lib/validations/annotation";
import { entityListQuerySchema } from "@/lib/validations/entity";

export const GET = apiRoute({ permission: "entity.read", query: entityListQuerySchema }, async ({ user, query }) => {
  const { items, ...page } = await listEntities(user, query);
  return { entities: items, ...page };
});

export const POST = apiRoute({ permission: "entity.edit", body: newEntitySchema }, ({ user, body }) => createEntity(user, body));
