// The account behind a session. The JWT only names the user: the record is re-read on every request,
// so a new role applies at once and a disabled or deleted account (or a revoked session: bumped
// sessionVersion) is signed out at its next request. Apart from NextAuth's request handling
// (lib/auth/session.ts), so the production server's own fast path can use it too.
import "server-only";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import { Prisma } from "@/lib/generated/prisma/client";

/** What our session token carries (lib/auth/options.ts): the user's id and the session version it was issued for. */
export type SessionClaims = { userId?: string; sessionVersion?: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The account a session names, if it is still active and the session has not been revoked since. */
export async function accountOfSession(claims: SessionClaims | null): Promise<CurrentUser | null> {
  if (!claims?.userId) return null;
  // The id comes from our own signed token; anything else than a UUID is no user (and no cast error).
  if (!UUID.test(claims.userId)) return null;
  // One plain statement on the pool: through Prisma this read cost a millisecond or two of CPU on every request.
  const [user] = await plainSql(db).query<CurrentUser>(Prisma.sql`
    SELECT id, email, name, role, locale FROM users
     WHERE id = ${claims.userId}::uuid AND "deletedAt" IS NULL AND "disabledAt" IS NULL AND "sessionVersion" = ${claims.sessionVersion ?? -1}`);
  return user ?? null;
}

