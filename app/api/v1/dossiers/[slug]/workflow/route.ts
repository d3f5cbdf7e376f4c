// POST /api/v1/dossiers/{slug}/workflow {action, version, comment?, scheduledAt?}: submit, withdraw,
// request changes, publish (now or at a time) or unpublish.
import { apiRoute } from "@/lib/api/handler";
import { runWorkflow } from "@/lib/dossiers/dossier-workflow";
import { slugParams, workflowSchema } from "@/lib/validations/dossier";

export const POST = apiRoute({ permission: "workspace.access", params: slugParams, body: workflowSchema }, ({ user, params, body }) => runWorkflow(user, params.slug, body));
