// For pages and layouts: the signed-in user holding `action`, else the sign-in redirect or the 403 page.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { can, type Action } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/actor";
import { getCurrentUser } from "@/lib/auth/session";

export async function guardPage(action: Action): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (!can(user.role, action)) forbidden();
  return user;
}
