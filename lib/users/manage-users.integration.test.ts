// User administration against the real database: admins only, version-checked, audited, and an admin
// can never lock themself out.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { actorOf, createTestUser, expectAppError, uniqueEmail } from "@/lib/testing/fixtures";
import { createUser, listUsers, updateUser } from "@/lib/users/manage-users";

const newAccount = (role: "ADMIN" | "EDITOR" | "ANALYST" | "READER" = "READER") => ({
  email: uniqueEmail("new"),
  name: "Nadia Nouvelle",
  role,
  password: "a long enough password",
});

const auditOf = (targetId: string) => db.auditLog.findMany({ where: { targetType: "user", targetId }, orderBy: { id: "asc" } });
const stored = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { role: true, name: true, version: true, sessionVersion: true, disabledAt: true } });

describe("createUser", () => {
  it("creates the account for an admin, with a verifiable password hash, and audits it", async () => {
    const admin = actorOf(await createTestUser("ADMIN"));
    const input = newAccount("EDITOR");

    const user = await createUser(admin, input);

    expect(user).toMatchObject({ email: input.email, name: input.name, role: "EDITOR", disabledAt: null, version: 1 });
    expect(user).not.toHaveProperty("passwordHash");
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(passwordHash).not.toBe(input.password);
    expect(await verifyPassword(passwordHash, input.password)).toBe(true);
    expect(await auditOf(user.id)).toMatchObject([
      { action: "user.create", actorId: admin.id, after: { email: input.email, role: "EDITOR" }, metadata: { via: "app" } },
    ]);
  });

  it("refuses a second account with the same email, naming the email field", async () => {
    const admin = actorOf(await createTestUser("ADMIN"));
    const input = newAccount();
    await createUser(admin, input);

    const error = await expectAppError(createUser(admin, { ...input, name: "Someone Else" }), "INVALID");
    expect(error.details).toEqual({ email: ["An account with this email already exists."] });
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
  });

  it.each(["EDITOR", "ANALYST", "READER"] as const)("is forbidden to role %s, and creates nothing", async (role) => {
    const actor = actorOf(await createTestUser(role));
    const input = newAccount();
    await expectAppError(createUser(actor, input), "FORBIDDEN");
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });
});

describe("listUsers", () => {
  it("lists accounts without their password hash, for admins only", async () => {
    const admin = actorOf(await createTestUser("ADMIN"));
    const users = await listUsers(admin);
    const me = users.find((user) => user.id === admin.id);
    expect(me).toMatchObject({ email: admin.email, role: "ADMIN" });
    expect(me).not.toHaveProperty("passwordHash");
    await expectAppError(listUsers(actorOf(await createTestUser("EDITOR"))), "FORBIDDEN");
  });
});

describe("updateUser", () => {
  it("changes a role, bumps the version and audits the change with before and after", async () => {
    const admin = actorOf(await createTestUser("ADMIN"));
    const target = await createTestUser("READER");

    const updated = await updateUser(admin, target.id, { version: target.version, role: "ANALYST" });

    expect(updated).toMatchObject({ role: "ANALYST", version: target.version + 1 });
    // Deliberate (lib/users/manage-users.ts): the role is re-read on every request, so a role change
    // applies at once without signing the user out; only disabling revokes sessions.
    expect(await stored(target.id)).toMatchObject({ role: "ANALYST", version: target.version + 1, sessionVersion: target.sessionVersion });
    const entries = await auditOf(target.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "user.role_change",
      actorId: admin.id,
      before: { name: target.name, role: "READER", disabled: false },
      after: { name: target.name, role: "ANALYST", disabled: false },
    });
  });

  it("disables an account by revoking its sessions; enabling it again does not bring them back", async () => {
    const admin = actorOf(await createTestUser("ADMIN"));
    const target = await createTestUser("EDITOR");

    const disabled = await updateUser(admin, target.id, { version: target.version, disabled: true });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(await stored(target.id)).toMatchObject({ sessionVersion: target.sessionVersion + 1 });

    const enabled = await updateUser(admin, target.id, { version: disabled.version, disabled: false });
    expect(enabled.disabledAt).toBeNull();
    expect(await stored(target.id)).toMatchObject({ sessionVersion: target.sessionVersion + 1, version: target.version + 2 });
    expect((await auditOf(target.id)).map((entry) => entry.action)).toEqual(["user.disable", "user.enable"]);
  });

  it("refuses a change based on a stale version, and changes nothing", async () => {
    const admin = actorOf(await createTestUser("ADMIN"));
    const target = await createTestUser("READER");
    await updateUser(admin, target.id, { version: target.version, name: "Renamed Elsewhere" });
    const before = await stored(target.id);

    await expectAppError(updateUser(admin, target.id, { version: target.version, role: "ADMIN" }), "CONFLICT");

    expect(await stored(target.id)).toEqual(before);
    expect((await auditOf(target.id)).map((entry) => entry.action)).toEqual(["user.update"]);
  });

  it("does not let an admin demote or disable themself", async () => {
    const admin = await createTestUser("ADMIN");
    const actor = actorOf(admin);
    const before = await stored(admin.id);

    const demote = await expectAppError(updateUser(actor, admin.id, { version: admin.version, role: "EDITOR" }), "INVALID");
    expect(demote.message).toBe("You cannot remove your own admin rights or disable your own account.");
    await expectAppError(updateUser(actor, admin.id, { version: admin.version, disabled: true }), "INVALID");

    expect(await stored(admin.id)).toEqual(before);
    // Their own name is theirs to change.
    await expect(updateUser(actor, admin.id, { version: admin.version, name: "Still Admin" })).resolves.toMatchObject({ role: "ADMIN", name: "Still Admin" });
  });

  it("is forbidden to non-admins and answers NOT_FOUND for an unknown id", async () => {
    const admin = actorOf(await createTestUser("ADMIN"));
    const editor = await createTestUser("EDITOR");
    await expectAppError(updateUser(actorOf(editor), editor.id, { version: editor.version, role: "ADMIN" }), "FORBIDDEN");
    expect(await stored(editor.id)).toMatchObject({ role: "EDITOR", version: editor.version });
    await expectAppError(updateUser(admin, "00000000-0000-4000-8000-000000000000", { version: 1, name: "Nobody" }), "NOT_FOUND");
  });
});
