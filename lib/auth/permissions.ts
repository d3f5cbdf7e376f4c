// The single role → action table. Pages, route handlers, server actions and the data layer all ask it.
import type { Role } from "@/lib/generated/prisma/enums";

export const actions = [
  "workspace.access",
  "article.read",
  "article.import",
  "article.edit",
  "article.delete",
  "annotation.read",
  "annotation.create",
  "annotation.review",
  "annotation.export",
  "entity.read",
  "entity.edit",
  "entity.merge",
  "entity.delete",
  "theme.manage",
  "suggestion.monitor",
  "dossier.read_published",
  "dossier.read_drafts",
  "dossier.create",
  "dossier.edit_own",
  "dossier.edit_any",
  "dossier.publish",
  "account.manage",
  "user.manage",
  "audit.read",
] as const;

export type Action = (typeof actions)[number];

const workspaceReading: Action[] = ["workspace.access", "article.read", "annotation.read", "annotation.export", "entity.read", "dossier.read_published"];
const annotating: Action[] = ["annotation.create", "annotation.review", "entity.edit"];

const table: Record<Role, readonly Action[]> = {
  ADMIN: actions,
  EDITOR: [
    ...workspaceReading,
    ...annotating,
    "article.import",
    "article.edit",
    "article.delete",
    "entity.merge",
    "entity.delete",
    "dossier.read_drafts",
    "dossier.edit_any",
    "dossier.publish",
    "account.manage",
  ],
  ANALYST: [...workspaceReading, ...annotating, "entity.merge", "entity.delete", "dossier.create", "dossier.edit_own", "account.manage"],
  READER: ["dossier.read_published", "account.manage"],
};

const lookup = new Map(Object.entries(table).map(([role, allowed]) => [role as Role, new Set<Action>(allowed)]));

export function can(role: Role, action: Action): boolean {
  return lookup.get(role)?.has(action) ?? false;
}

export function permissionsOf(role: Role): Action[] {
  return actions.filter((action) => can(role, action));
}
