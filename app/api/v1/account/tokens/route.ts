// GET /api/v1/account/tokens: the caller's personal access tokens (never their secrets); POST {name, scopes,
// expiresInDays}: a new token, whose secret this answer shows once. Signed-in sessions only.
import { apiRoute } from "@/lib/api/handler";
import { createToken, listOwnTokens } from "@/lib/tokens/manage-tokens";
import { createTokenSchema } from "@/lib/validations/token";

export const GET = apiRoute({ permission: "account.manage", sessionOnly: true }, ({ user }) => listOwnTokens(user));

export const POST = apiRoute({ permission: "account.manage", sessionOnly: true, body: createTokenSchema }, ({ user, body }) => createToken(user, body));
