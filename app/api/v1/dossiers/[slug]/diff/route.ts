// GET /api/v1/dossiers/{slug}/diff?from=1&to=2: what changed between two published versions.
import { apiRoute } from "@/lib/api/handler";
import { diffDossierVersions } from "@/lib/dossiers/dossier-versions";
import { diffQuery, slugParams } from "@/lib/validations/dossier";

export const GET = apiRoute({ permission: "workspace.access", params: slugParams, query: diffQuery }, ({ user, params, query }) => diffDossierVersions(user, params.slug, query.from, query.to));
