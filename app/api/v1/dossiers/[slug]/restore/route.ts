// POST /api/v1/dossiers/{slug}/restore `{version}`: take a deleted dossier out of the trash, sections and all.
import { apiRoute } from "@/lib/api/handler";
import { restoreDossier } from "@/lib/trash/dossier-trash";
import { slugParams, versionBody } from "@/lib/validations/dossier";

export const POST = apiRoute({ permission: "workspace.access", params: slugParams, body: versionBody }, ({ user, params, body }) => restoreDossier(user, params.slug, body.version));
