// GET /api/v1/dossiers/{slug}?version=n: a published version (the latest by default) with its snapshot.
import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { getPublishedDossier } from "@/lib/dossiers/published-dossiers";
import { slugParams } from "@/lib/validations/dossier";

const query = z.object({ version: z.coerce.number().int().positive("Versions are numbered from 1.").optional() });

export const GET = apiRoute({ permission: "dossier.read_published", params: slugParams, query }, ({ user, params, query }) => getPublishedDossier(user, params.slug, query.version));
