// GET /api/v1/users/{id}/tokens: an account and its personal access tokens, for admins (who revoke them
// with DELETE /api/v1/account/tokens/{id}). Signed-in sessions only.
import { apiRoute } from "@/lib/api/handler";
import { listTokensOf } from "@/lib/tokens/manage-tokens";
import { idParams } from "@/lib/validations/common";

export const GET = apiRoute({ permission: "user.manage", sessionOnly: true, params: idParams }, ({ user, params }) => listTokensOf(user, params.id));
