// GET /api/v1/entities?q=&type=: type-ahead over names and aliases; POST `{name, typeKey}`: create an
// entity (or get back the one already registered under that name and type).
import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { createEntity } from "@/lib/entities/create-entity";
import { searchEntities } from "@/lib/entities/search-entities";
import { newEntitySchema } from "@/lib/validations/annotation";

const querySchema = z.object({ q: z.string().max(200, "Type at most 200 characters.").default(""), type: z.string().max(40).optional() });

export const GET = apiRoute({ permission: "entity.read", query: querySchema }, async ({ user, query }) => ({ entities: await searchEntities(user, query.q, query.type) }));

export const POST = apiRoute({ permission: "entity.edit", body: newEntitySchema }, ({ user, body }) => createEntity(user, body));
