// The role → action table, restated here as the product's access rules: changing who may do what must
// change this file too, on purpose.
import { describe, expect, it } from "vitest";
import { actions, can, permissionsOf, type Action } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

const roles: Role[] = ["ADMIN", "EDITOR", "ANALYST", "READER"];

const expected: Record<Role, Action[]> = {
  ADMIN: [...actions],
  EDITOR: [
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
    "dossier.read_published",
    "dossier.read_drafts",
    "dossier.edit_any",
    "dossier.publish",
    "account.manage",
  ],
  ANALYST: [
    "workspace.access",
    "article.read",
    "annotation.read",
    "annotation.create",
    "annotation.review",
    "annotation.export",
    "entity.read",
    "entity.edit",
    "entity.merge",
    "entity.delete",
    "dossier.read_published",
    "dossier.create",
    "dossier.edit_own",
    "account.manage",
  ],
  READER: ["dossier.read_published", "account.manage"],
};

describe("permissions", () => {
  it("lets a reader only read published dossiers and manage their own account", () => {
    expect(permissionsOf("READER")).toEqual(["dossier.read_published", "account.manage"]);
    expect(can("READER", "workspace.access")).toBe(false);
    expect(can("READER", "article.read")).toBe(false);
    expect(can("READER", "dossier.read_drafts")).toBe(false);
  });

  it("does not let an analyst publish, edit others' dossiers, import, or manage users", () => {
    for (const action of ["dossier.publish", "dossier.edit_any", "article.import", "article.delete", "user.manage", "audit.read", "theme.manage"] as const) {
      expect(can("ANALYST", action), action).toBe(false);
    }
  });

  it("keeps user management and the audit log to admins", () => {
    for (const role of roles) {
      expect(can(role, "user.manage"), role).toBe(role === "ADMIN");
      expect(can(role, "audit.read"), role).toBe(role === "ADMIN");
    }
  });

  it("lets an admin do everything", () => {
    expect(permissionsOf("ADMIN")).toEqual([...actions]);
  });

  // Every one of the 4 × 21 pairs, so an action added to the list without a decision fails here.
  it.each(roles.flatMap((role) => actions.map((action) => [role, action] as const)))("decides %s × %s from the table", (role, action) => {
    expect(can(role, action)).toBe(expected[role].includes(action));
  });

  it("refuses a role it does not know", () => {
    expect(can("GUEST" as Role, "dossier.read_published")).toBe(false);
    expect(permissionsOf("GUEST" as Role)).toEqual([]);
  });
});
