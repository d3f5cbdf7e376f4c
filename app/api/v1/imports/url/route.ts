// POST /api/v1/imports/url: fetches a web page, extracts the article and imports it with its HTML snapshot.
import { apiRoute } from "@/lib/api/handler";
import { importFromUrl } from "@/lib/ingest/import-url";
import { importUrlSchema } from "@/lib/validations/import";

export const POST = apiRoute({ permission: "article.import", body: importUrlSchema }, ({ user, body }) => importFromUrl(user, body.url));
