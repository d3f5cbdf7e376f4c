// POST /api/v1/dossiers/{slug}/items {version, sectionId, item}: add an article, excerpt, entity card,
// dated event or commentary at the end of a section.
import { apiRoute } from "@/lib/api/handler";
import { addItem } from "@/lib/dossiers/dossier-items";
import { createItemSchema, slugParams } from "@/lib/validations/dossier";

export const POST = apiRoute({ permission: "workspace.access", params: slugParams, body: createItemSchema }, async ({ user, params, body }) => {
  const { result, version } = await addItem(user, params.slug, body.version, body.sectionId, body.item);
  return { ...result, version };
});
