// The acting user of the current request: NextAuth's session, then its account as it is now
// (lib/auth/session-account.ts).
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { accountOfSession, type SessionClaims } from "@/lib/auth/session-account";
import type { Action } from "@/lib/auth/permissions";
import { unauthenticated } from "@/lib/errors";

export type { CurrentUser };

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => accountOfSession((await getServerSession(authOptions)) as SessionClaims | null));

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
