// Single sign-on through an OpenID Connect provider, when OIDC_ISSUER, OIDC_CLIENT_ID and
// OIDC_CLIENT_SECRET are set. A person signed in there is admitted as the account with the same
// verified email (created with OIDC_DEFAULT_ROLE at the first visit, unless OIDC_AUTO_CREATE=false);
// disabled and deleted accounts are refused. The session then works exactly as a password sign-in's.
import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SignedInUser } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { emailSchema } from "@/lib/validations/auth";

export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; name: string; defaultRole: Role; autoCreate: boolean };

export function oidcSettings(): OidcSettings | null {
  const env = getEnv();
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: env.OIDC_ISSUER.replace(/\/+$/, ""),
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    name: env.OIDC_NAME,
    defaultRole: env.OIDC_DEFAULT_ROLE,
    autoCreate: env.OIDC_AUTO_CREATE,
  };
}

type OidcClaims = { sub: string; email?: string; email_verified?: boolean | string; name?: string };

export function oidcProvider(settings: OidcSettings): OAuthConfig<OidcClaims> {
  return {
    id: "oidc",
    name: settings.name,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    idToken: true,
    checks: ["pkce", "state"],
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    profile: (claims) => ({ id: claims.sub, email: claims.email ?? null, name: claims.name ?? null }),
  };
}

const claimsSchema = z.object({
  sub: z.string().min(1),
  email: emailSchema,
  // Some providers send the flag as a string.
  email_verified: z.union([z.literal(true), z.literal("true")]),
  name: z.string().trim().max(120).optional(),
});

/**
 * The account a single sign-on admits, or null (audited) when the provider's claims lack a verified
 * email, the account is disabled or deleted, or it does not exist and auto-creation is off.
 */
export async function signInWithOidc(claims: unknown, settings: Pick<OidcSettings, "defaultRole" | "autoCreate">): Promise<SignedInUser | null> {
  const parsed = claimsSchema.safeParse(claims);
  const email = parsed.success ? parsed.data.email : typeof (claims as OidcClaims | null)?.email === "string" ? (claims as OidcClaims).email : null;
  const refuse = async (reason: string, actorId: string | null = null) => {
    await recordAudit({ actorId, action: "auth.sign_in.failure", metadata: { provider: "oidc", email, reason } });
    return null;
  };
  if (!parsed.success) return refuse("no verified email");

  const found = await db.user.findUnique({ where: { email: parsed.data.email } });
  if (found && (found.disabledAt || found.deletedAt)) return refuse("account disabled", found.id);
  if (!found && !settings.autoCreate) return refuse("no such account");
  const user =
    found ??
    (await db.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { email: parsed.data.email, name: parsed.data.name || parsed.data.email, role: settings.defaultRole, passwordHash: null } });
      await recordAudit(
        { actorId: null, action: "user.create", targetType: "user", targetId: created.id, after: { email: created.email, role: created.role }, metadata: { via: "single sign-on", subject: parsed.data.sub } },
        tx,
      );
      return created;
    }));
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({ actorId: user.id, action: "auth.sign_in.success", targetType: "user", targetId: user.id, metadata: { provider: "oidc", subject: parsed.data.sub } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
