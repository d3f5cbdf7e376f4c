// GET /api/v1/dossiers/{slug}?version=n: a published version (the latest by default) with its snapshot;
// DELETE `{version}`: put the working copy in the trash (refused while readers can read it).
import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { getPublishedDossier } from "@/lib/dossiers/published-dossiers";
import { deleteDossier } from "@/lib/trash/dossier-trash";
import { slugParams, versionBody } from "@/lib/validations/dossier";

const query = z.object({ version: z.coerce.number().int().positive("Versions are numbered from 1.").optional() });

export const GET = apiRoute({ permission: "dossier.read_published", params: slugParams, query }, ({ user, params, query }) => getPublishedDossier(user, params.slug, query.version));

export const DELETE = apiRoute({ permission: "workspace.access", params: slugParams, body: versionBody }, ({ user, params, body }) => deleteDossier(user, params.slug, body.version));
