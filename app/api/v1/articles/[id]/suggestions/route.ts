// POST /api/v1/articles/{id}/suggestions: runs every recommender on the article's current text and
// stores what they propose as SUGGESTED annotations (never twice); answers the counts created.
import { apiRoute } from "@/lib/api/handler";
import { suggestForArticle } from "@/lib/suggestions/suggest-article";
import { idParams } from "@/lib/validations/common";

export const POST = apiRoute({ permission: "annotation.create", params: idParams }, ({ user, params }) => suggestForArticle(user, params.id));
