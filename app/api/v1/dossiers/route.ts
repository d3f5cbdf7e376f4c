// GET /api/v1/dossiers?q=&theme=&entity=&from=&to=&page=: published dossiers (latest versions) with
// the filters' options; POST {title, summary?}: a new draft.
import { apiRoute } from "@/lib/api/handler";
import { createDossier } from "@/lib/dossiers/create-dossier";
import { listPublishedDossiers } from "@/lib/dossiers/published-dossiers";
import { getTranslations } from "@/lib/i18n/get-locale";
import { createDossierSchema, publishedListQuery } from "@/lib/validations/dossier";

export const GET = apiRoute({ permission: "dossier.read_published", query: publishedListQuery }, ({ user, query }) => listPublishedDossiers(user, query));

export const POST = apiRoute({ permission: "dossier.create", body: createDossierSchema }, async ({ user, body }) => {
  const { t } = await getTranslations();
  return createDossier(user, body, t.studio.firstSection);
});
