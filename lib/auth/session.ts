// The acting user of the current request. The JWT only names the user: the record is re-read here on
// every request, and a disabled, deleted or re-roled account (bumped sessionVersion) is signed out.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { can, type Action } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { forbidden, unauthenticated } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export type CurrentUser = { id: string; email: string; name: string; role: Role; locale: string };

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

export function assertCan(user: CurrentUser, action: Action): void {
  if (!can(user.role, action)) throw forbidden();
}
