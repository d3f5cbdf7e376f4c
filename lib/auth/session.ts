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
import { unauthenticated } from "@/lib/errors";

export type { CurrentUser };

type SessionClaims = { userId?: string; sessionVersion?: number };

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as SessionClaims | null;
  if (!session?.userId) return null;
  const user = await db.user.findFirst({
    where: { id: session.userId, deletedAt: null, disabledAt: null, sessionVersion: session.sessionVersion ?? -1 },
    select: { id: true, email: true, name: true, role: true, locale: true },
  });
  return user;
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
