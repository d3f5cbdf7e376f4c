// POST /api/v1/imports/text: imports a pasted text (title, source, URL and date optional).
import { apiRoute } from "@/lib/api/handler";
import { importArticle } from "@/lib/ingest/import-article";
import { pastedDocument } from "@/lib/ingest/pasted-document";
import { PASTE_BODY_BYTES, pasteArticleSchema } from "@/lib/validations/import";

export const POST = apiRoute({ permission: "article.import", body: pasteArticleSchema, maxBodyBytes: PASTE_BODY_BYTES }, ({ user, body }) => importArticle(user, pastedDocument(body)));
