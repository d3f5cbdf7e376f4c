import { z } from "zod";

export const tokenScopes = ["read", "write"] as const;
export type TokenScope = (typeof tokenScopes)[number];

/** The scope a request needs: reading methods need `read`, anything that may change data `write` (write does not imply read). */
export function tokenScopeFor(method: string): TokenScope {
  return method === "GET" || method === "HEAD" ? "read" : "write";
}

/** How long a new token lives; null: until revoked. */
export const tokenLifetimes = [30, 90, 365] as const;

export const createTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token after the script that will use it.").max(100, "A token name has at most 100 characters."),
  scopes: z
    .array(z.enum(tokenScopes, { message: "A scope is read or write." }), { message: "Choose at least one scope." })
    .min(1, "Choose at least one scope.")
    .transform((scopes) => tokenScopes.filter((scope) => scopes.includes(scope))),
  expiresInDays: z
    .union([z.literal(30), z.literal(90), z.literal(365), z.null()], { message: "A token expires after 30, 90 or 365 days, or never (null)." })
    .default(90),
});

export type CreateTokenInput = z.infer<typeof createTokenSchema>;
