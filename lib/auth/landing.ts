// Where each role lands after signing in.
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export function landingPathFor(role: Role): string {
  return can(role, "workspace.access") ? "/articles" : "/dossiers";
}
