// Personal access tokens: create (the secret is returned this once, only its hash is kept), list and
// revoke. Everyone manages their own; admins may also list and revoke anyone's. Audited.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { generateTokenSecret } from "@/lib/tokens/token-secret";
import type { CreateTokenInput } from "@/lib/validations/token";

const MAX_ACTIVE_TOKENS = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

const tokenFields = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} satisfies Prisma.ApiTokenSelect;

export type TokenSummary = Prisma.ApiTokenGetPayload<{ select: typeof tokenFields }>;

/** A new token for the acting user; `secret` is never stored and cannot be shown again. */
export async function createToken(actor: CurrentUser, input: CreateTokenInput): Promise<TokenSummary & { secret: string }> {
  assertCan(actor, "account.manage");
  const { name, scopes, expiresInDays } = input;
  const active = await db.apiToken.count({
    where: { userId: actor.id, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
  });
  if (active >= MAX_ACTIVE_TOKENS) throw invalid(`You hold ${MAX_ACTIVE_TOKENS} active tokens, the most allowed: revoke one you no longer use.`);

  const { secret, hash, prefix } = generateTokenSecret();
  const expiresAt = expiresInDays === null ? null : new Date(Date.now() + expiresInDays * DAY_MS);
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({ data: { userId: actor.id, name, scopes, tokenHash: hash, prefix, expiresAt }, select: tokenFields });
    await recordAudit(
      { actorId: actor.id, action: "auth.token.create", targetType: "api_token", targetId: created.id, after: { name, prefix, scopes, expiresAt: expiresAt?.toISOString() ?? null } },
      tx,
    );
    return created;
  });
  return { ...token, secret };
}

/** The acting user's tokens, newest first (revoked and expired ones too, so their history stays visible). */
export async function listOwnTokens(actor: CurrentUser): Promise<TokenSummary[]> {
  assertCan(actor, "account.manage");
  return db.apiToken.findMany({ where: { userId: actor.id }, select: tokenFields, orderBy: { createdAt: "desc" } });
}

/** An account and its tokens, for an admin. */
export async function listTokensOf(actor: CurrentUser, userId: string): Promise<{ owner: { id: string; name: string; email: string }; tokens: TokenSummary[] }> {
  assertCan(actor, "user.manage");
  const owner = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true, name: true, email: true } });
  if (!owner) throw notFound("This user");
  const tokens = await db.apiToken.findMany({ where: { userId }, select: tokenFields, orderBy: { createdAt: "desc" } });
  return { owner, tokens };
}

/** Revokes at once (the next request with it is refused). Revoking a revoked token changes nothing. */
export async function revokeToken(actor: CurrentUser, id: string): Promise<TokenSummary> {
  assertCan(actor, "account.manage");
  // Someone else's token is "not found" unless the actor is an admin: its existence is not revealed.
  const ownerFilter = can(actor.role, "user.manage") ? {} : { userId: actor.id };
  const token = await db.apiToken.findFirst({ where: { id, ...ownerFilter }, select: { ...tokenFields, userId: true } });
  if (!token) throw notFound("This token");
  const { userId, ...summary } = token;
  if (summary.revokedAt) return summary;

  return db.$transaction(async (tx) => {
    const revoked = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select: tokenFields });
    await recordAudit(
      {
        actorId: actor.id,
        action: "auth.token.revoke",
        targetType: "api_token",
        targetId: id,
        before: { revokedAt: null },
        after: { revokedAt: revoked.revokedAt?.toISOString() ?? null },
        metadata: { ownerId: userId, name: summary.name, prefix: summary.prefix },
      },
      tx,
    );
    return revoked;
  });
}

