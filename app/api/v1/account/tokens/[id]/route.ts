// DELETE /api/v1/account/tokens/{id}: revoke a token at once (one's own; an admin, anyone's). Signed-in sessions only.
import { apiRoute } from "@/lib/api/handler";
import { revokeToken } from "@/lib/tokens/manage-tokens";
import { idParams } from "@/lib/validations/common";

export const DELETE = apiRoute({ permission: "account.manage", sessionOnly: true, params: idParams }, ({ user, params }) => revokeToken(user, params.id));
