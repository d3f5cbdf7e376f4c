// GET /api/v1/trash?kind=article|entity|dossier: what the caller may restore, most recently deleted first.
import { apiRoute } from "@/lib/api/handler";
import { listTrash } from "@/lib/trash/list-trash";
import { trashQuery } from "@/lib/validations/trash";

export const GET = apiRoute({ permission: "workspace.access", query: trashQuery }, async ({ user, query }) => ({ items: await listTrash(user, query.kind) }));
