// POST /api/v1/users/{id}/revoke-sessions: every session of that user ends at its next request.
import { apiRoute } from "@/lib/api/handler";
import { clientIp } from "@/lib/auth/client-ip";
import { idParams } from "@/lib/validations/common";
import { revokeUserSessions } from "@/lib/users/manage-users";

export const POST = apiRoute({ permission: "user.manage", params: idParams }, ({ user, params, request }) =>
  revokeUserSessions(user, params.id, clientIp(request.headers)),
);
