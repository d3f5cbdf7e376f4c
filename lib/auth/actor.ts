// The acting user as the data layer sees it, and the permission check every lib/ function starts with.
// Kept apart from the NextAuth session code so command-line tools and tests can act without it.
import { can, type Action } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export type CurrentUser = { id: string; email: string; name: string; role: Role; locale: string };

export function assertCan(user: CurrentUser, action: Action): void {
  if (!can(user.role, action)) throw forbidden();
}
