// POST /api/v1/account/sign-out-everywhere: every session of the signed-in user ends at its next request.
import { apiRoute } from "@/lib/api/handler";
import { signOutEverywhere } from "@/lib/account/manage-account";
import { clientIp } from "@/lib/auth/client-ip";
import { confirmSchema } from "@/lib/validations/account";

export const POST = apiRoute({ permission: "account.manage", body: confirmSchema }, ({ user, request }) => signOutEverywhere(user, clientIp(request.headers)));
