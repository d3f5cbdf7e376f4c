// POST /api/v1/dossiers/{slug}/sections {version, title}: a new section at the end.
import { apiRoute } from "@/lib/api/handler";
import { addSection } from "@/lib/dossiers/dossier-sections";
import { createSectionSchema, slugParams } from "@/lib/validations/dossier";

export const POST = apiRoute({ permission: "workspace.access", params: slugParams, body: createSectionSchema }, async ({ user, params, body }) => {
  const { result, version } = await addSection(user, params.slug, body.version, body.title);
  return { ...result, version };
});
