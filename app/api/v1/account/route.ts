// GET /api/v1/account: the signed-in user's own account.
import { apiRoute } from "@/lib/api/handler";
import { getAccount } from "@/lib/account/manage-account";

export const GET = apiRoute({ permission: "account.manage" }, ({ user }) => getAccount(user));
