// GET /api/v1/entities/duplicates?type=&page=: likely duplicate pairs, best first, with their evidence.
import { apiRoute } from "@/lib/api/handler";
import { findDuplicates } from "@/lib/entities/find-duplicates";
import { duplicatesQuerySchema } from "@/lib/validations/entity";

export const GET = apiRoute({ permission: "entity.read", query: duplicatesQuerySchema }, ({ user, query }) => findDuplicates(user, query));
