// GET /api/v1/dossiers/{slug}/draft: the working copy, composed (items, citations, panels, problems);
// PATCH {version, title?, summary?, panels?}: change its title, summary or shown panels.
import { apiRoute } from "@/lib/api/handler";
import { getDossierDraft } from "@/lib/dossiers/get-dossier-draft";
import { updateDossier } from "@/lib/dossiers/update-dossier";
import { slugParams, updateDossierSchema } from "@/lib/validations/dossier";

export const GET = apiRoute({ permission: "workspace.access", params: slugParams }, ({ user, params }) => getDossierDraft(user, params.slug));

export const PATCH = apiRoute({ permission: "workspace.access", params: slugParams, body: updateDossierSchema }, ({ user, params, body }) => updateDossier(user, params.slug, body));
