// The acting user of the current request. The JWT only names the user: the record is re-read here on
// every request, so a new role applies at once and a disabled or deleted account (or a revoked
// session: bumped sessionVersion) is signed out at its next request.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { unauthenticated } from "@/lib/errors";

export type { CurrentUser };

type SessionClaims = { userId?: string; sessionVersion?: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as SessionClaims | null;
  if (!session?.userId) return null;
  // The id comes from our own signed token; anything else than a UUID is no user (and no cast error).
  if (!UUID.test(session.userId)) return null;
  // One plain statement on the pool: through Prisma this read cost a millisecond or two of CPU on every request.
  const [user] = await plainSql(db).query<CurrentUser>(Prisma.sql`
    SELECT id, email, name, role, locale FROM users
     WHERE id = ${session.userId}::uuid AND "deletedAt" IS NULL AND "disabledAt" IS NULL AND "sessionVersion" = ${session.sessionVersion ?? -1}`);
  return user ?? null;
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw unauthenticated();
  return user;
}

export async function requirePermission(action: Action): Promise<CurrentUser> {
  const user = await requireUser();
  assertCan(user, action);
  return user;
}
