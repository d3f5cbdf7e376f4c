// PATCH /api/v1/dossiers/{slug}/items/{itemId} {version, body?, sectionId?, position?}: edit a
// commentary or move the item; DELETE {version}: delete softly (POST …/restore undoes it).
import { apiRoute } from "@/lib/api/handler";
import { deleteItem, updateItem } from "@/lib/dossiers/dossier-items";
import { itemParams, updateItemSchema, versionBody } from "@/lib/validations/dossier";

export const PATCH = apiRoute({ permission: "workspace.access", params: itemParams, body: updateItemSchema }, async ({ user, params, body }) => ({
  version: (await updateItem(user, params.slug, params.itemId, body)).version,
}));

export const DELETE = apiRoute({ permission: "workspace.access", params: itemParams, body: versionBody }, async ({ user, params, body }) => ({
  version: (await deleteItem(user, params.slug, params.itemId, body.version)).version,
}));
