// PATCH /api/v1/dossiers/{slug}/sections/{sectionId} {version, title?, position?}: rename or move;
// DELETE {version}: delete softly (POST …/restore brings it back with its items).
import { apiRoute } from "@/lib/api/handler";
import { deleteSection, updateSection } from "@/lib/dossiers/dossier-sections";
import { sectionParams, updateSectionSchema, versionBody } from "@/lib/validations/dossier";

export const PATCH = apiRoute({ permission: "workspace.access", params: sectionParams, body: updateSectionSchema }, async ({ user, params, body }) => ({
  version: (await updateSection(user, params.slug, params.sectionId, body)).version,
}));

export const DELETE = apiRoute({ permission: "workspace.access", params: sectionParams, body: versionBody }, async ({ user, params, body }) => ({
  version: (await deleteSection(user, params.slug, params.sectionId, body.version)).version,
}));
