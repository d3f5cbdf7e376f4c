// POST /api/v1/dossiers/{slug}/sections/{sectionId}/restore {version}: undo a section's deletion.
import { apiRoute } from "@/lib/api/handler";
import { restoreSection } from "@/lib/dossiers/dossier-sections";
import { sectionParams, versionBody } from "@/lib/validations/dossier";

export const POST = apiRoute({ permission: "workspace.access", params: sectionParams, body: versionBody }, async ({ user, params, body }) => ({
  version: (await restoreSection(user, params.slug, params.sectionId, body.version)).version,
}));
