// PUT /api/v1/account/password: change one's own password (the current one is required); every
// session is signed out at its next request.
import { apiRoute } from "@/lib/api/handler";
import { changePassword } from "@/lib/account/manage-account";
import { clientIp } from "@/lib/auth/client-ip";
import { changePasswordSchema } from "@/lib/validations/account";

export const PUT = apiRoute({ permission: "account.manage", body: changePasswordSchema }, ({ user, body, request }) =>
  changePassword(user, body, clientIp(request.headers)),
);
