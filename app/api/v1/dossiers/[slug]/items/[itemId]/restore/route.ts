// POST /api/v1/dossiers/{slug}/items/{itemId}/restore {version}: undo an item's deletion.
import { apiRoute } from "@/lib/api/handler";
import { restoreItem } from "@/lib/dossiers/dossier-items";
import { itemParams, versionBody } from "@/lib/validations/dossier";

export const POST = apiRoute({ permission: "workspace.access", params: itemParams, body: versionBody }, async ({ user, params, body }) => ({
  version: (await restoreItem(user, params.slug, params.itemId, body.version)).version,
}));
