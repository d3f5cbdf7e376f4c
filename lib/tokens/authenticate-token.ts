// Who a `Authorization: Bearer dcms_…` request acts as. The token and its owner are re-read on every
// request, so a revocation, an expiry, a disabled account or a new role applies at once. Every use of a
// known token, accepted or refused, is written to the audit log before the request does anything.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CurrentUser } from "@/lib/auth/actor";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import { AppError, forbidden, unauthenticated } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashTokenSecret } from "@/lib/tokens/token-secret";
import { tokenScopeFor, type TokenScope } from "@/lib/validations/token";

type TokenRow = CurrentUser & {
  tokenId: string;
  scopes: string[];
  revoked: boolean;
  expiredOn: string | null;
  accountClosed: boolean;
  touchDue: boolean;
};

export async function authenticateToken(secret: string, request: Request): Promise<CurrentUser> {
  // One statement on the pool, like the session's user lookup: this runs on every token request.
  const [row] = await plainSql(db).query<TokenRow>(Prisma.sql`
    SELECT t.id AS "tokenId", t.scopes, t."revokedAt" IS NOT NULL AS revoked,
           CASE WHEN t."expiresAt" <= now() THEN to_char(t."expiresAt", 'YYYY-MM-DD') END AS "expiredOn",
           (t."lastUsedAt" IS NULL OR t."lastUsedAt" < now() - interval '1 minute') AS "touchDue",
           u.id, u.email, u.name, u.role, u.locale, (u."disabledAt" IS NOT NULL OR u."deletedAt" IS NOT NULL) AS "accountClosed"
      FROM api_tokens t JOIN users u ON u.id = t."userId"
     WHERE t."tokenHash" = ${hashTokenSecret(secret)}`);
  if (!row) throw unauthenticated("This access token is not valid: it was never issued, or it was mistyped.");

  const { tokenId, touchDue } = row;
  const user: CurrentUser = { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale };
  const refusal = refusalOf(row, tokenScopeFor(request.method));
  await Promise.all([
    recordAudit({
      actorId: user.id,
      action: refusal ? "auth.token.refused" : "auth.token.use",
      targetType: "api_token",
      targetId: tokenId,
      ip: clientIp(request.headers),
      metadata: { method: request.method, path: new URL(request.url).pathname, ...(refusal && { reason: refusal.message }) },
    }),
    // At most one write a minute per token: "last used" needs no better precision than that.
    !refusal && touchDue && db.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: new Date() } }),
  ]);
  if (refusal) throw refusal;
  return user;
}

function refusalOf(row: TokenRow, needed: TokenScope): AppError | null {
  if (row.revoked) return unauthenticated("This access token was revoked. Create a new one on your account page.");
  if (row.expiredOn) return unauthenticated(`This access token expired on ${row.expiredOn}. Create a new one on your account page.`);
  if (row.accountClosed) return unauthenticated("The account this access token belongs to is disabled or deleted.");
  if (!row.scopes.includes(needed)) {
    return forbidden(`This access token lacks the ${needed} scope, which ${scopeVerb(needed)} needs. Create a token with the ${needed} scope.`);
  }
  return null;
}

function scopeVerb(scope: TokenScope): string {
  return scope === "read" ? "a GET or HEAD request" : "a request that changes data (POST, PUT, PATCH, DELETE)";
}
