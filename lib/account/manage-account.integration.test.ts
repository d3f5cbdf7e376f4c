// One's own account: password change (current password required, rules applied, sessions revoked,
// audited) and revoking sessions, by oneself or by an admin, effective at the next request.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { changePassword, getAccount, signOutEverywhere } from "@/lib/account/manage-account";
import { verifyPassword } from "@/lib/auth/password";
import { getCurrentUser } from "@/lib/auth/session";
import { verifySignIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { actorOf, createTestUser, expectAppError, TEST_PASSWORD, uniqueIp, type TestUser } from "@/lib/testing/fixtures";
import { revokeUserSessions } from "@/lib/users/manage-users";

const { getServerSession } = vi.hoisted(() => ({ getServerSession: vi.fn() }));
vi.mock("next-auth", () => ({ getServerSession }));

const NEW_PASSWORD = "a brand new passphrase";

function signIn(user: Pick<TestUser, "id" | "sessionVersion">) {
  getServerSession.mockResolvedValue({ userId: user.id, sessionVersion: user.sessionVersion });
}

const lastEntry = (userId: string, action: string) => db.auditLog.findFirst({ where: { targetId: userId, action }, orderBy: { id: "desc" } });

beforeEach(() => {
  getServerSession.mockReset();
});

describe("getAccount", () => {
  it("returns the reader's own account without its password hash", async () => {
    const reader = await createTestUser("READER");
    const account = await getAccount(actorOf(reader));
    expect(account).toMatchObject({ id: reader.id, email: reader.email, role: "READER", hasPassword: true });
    expect(account).not.toHaveProperty("passwordHash");
  });
});

describe("changePassword", () => {
  it("refuses a wrong current password, audits the attempt and changes nothing", async () => {
    const user = await createTestUser("READER");
    const error = await expectAppError(changePassword(actorOf(user), { currentPassword: "not the password", newPassword: NEW_PASSWORD }), "INVALID");
    expect(error.details).toEqual({ currentPassword: ["The current password is not correct."] });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(true);
    expect(stored.sessionVersion).toBe(user.sessionVersion);
    expect(await lastEntry(user.id, "account.password_change.failure")).toMatchObject({ actorId: user.id });
  });

  it("limits guesses of the current password like sign-in: 5 per 15 minutes, the right one included", async () => {
    const user = await createTestUser("READER");
    for (let attempt = 0; attempt < 5; attempt++) {
      await expectAppError(changePassword(actorOf(user), { currentPassword: `guess ${attempt}`, newPassword: NEW_PASSWORD }), "INVALID");
    }
    await expectAppError(changePassword(actorOf(user), { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }), "RATE_LIMITED");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(true);
  });

  it("refuses a new password made of the user's own name, or the same password again", async () => {
    const user = await createTestUser("ANALYST", "nadia");
    const own = await expectAppError(changePassword(actorOf(user), { currentPassword: TEST_PASSWORD, newPassword: `${user.email} again` }), "INVALID");
    expect(own.details?.newPassword).toEqual(["A password must not contain your name or email address."]);
    const same = await expectAppError(changePassword(actorOf(user), { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }), "INVALID");
    expect(same.details?.newPassword).toEqual(["Choose a password different from the current one."]);
  });

  it("stores the new password, signs out existing sessions at their next request, and audits without hashes", async () => {
    const user = await createTestUser("EDITOR");
    signIn(user);
    expect(await getCurrentUser()).toMatchObject({ id: user.id });

    await changePassword(actorOf(user), { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, "203.0.113.9");

    expect(await getCurrentUser()).toBeNull();
    expect(await verifySignIn({ email: user.email, password: TEST_PASSWORD }, uniqueIp())).toBeNull();
    const again = await verifySignIn({ email: user.email, password: NEW_PASSWORD }, uniqueIp());
    expect(again?.sessionVersion).toBe(user.sessionVersion + 1);
    // A sign-in with the new password (what the account page does next) gets a session that holds.
    signIn({ id: user.id, sessionVersion: again!.sessionVersion });
    expect(await getCurrentUser()).toMatchObject({ id: user.id });

    const entry = await lastEntry(user.id, "account.password_change");
    expect(entry).toMatchObject({
      actorId: user.id,
      targetType: "user",
      ip: "203.0.113.9",
      before: { password: "(previous)", sessionVersion: user.sessionVersion },
      after: { password: "(changed)", sessionVersion: user.sessionVersion + 1 },
    });
    expect(JSON.stringify({ before: entry?.before, after: entry?.after })).not.toContain("argon2");
  });
});

describe("session revocation", () => {
  it("signs out every session of the user at the next request when they sign out everywhere", async () => {
    const reader = await createTestUser("READER");
    signIn(reader);
    await signOutEverywhere(actorOf(reader));
    expect(await getCurrentUser()).toBeNull();
    expect(await lastEntry(reader.id, "auth.sessions_revoked")).toMatchObject({
      actorId: reader.id,
      before: { sessionVersion: reader.sessionVersion },
      after: { sessionVersion: reader.sessionVersion + 1 },
      metadata: { by: "self" },
    });
  });

  it("lets an admin revoke another user's sessions, audited as the admin's act", async () => {
    const admin = actorOf(await createTestUser("ADMIN"));
    const analyst = await createTestUser("ANALYST");
    signIn(analyst);
    await revokeUserSessions(admin, analyst.id);
    expect(await getCurrentUser()).toBeNull();
    expect(await lastEntry(analyst.id, "auth.sessions_revoked")).toMatchObject({ actorId: admin.id, metadata: { by: "admin" } });
  });

  it("refuses revocation of others to non-admins, and names an unknown user", async () => {
    const editor = await createTestUser("EDITOR");
    const victim = await createTestUser("READER");
    await expectAppError(revokeUserSessions(actorOf(editor), victim.id), "FORBIDDEN");
    const admin = actorOf(await createTestUser("ADMIN"));
    await expectAppError(revokeUserSessions(admin, "00000000-0000-4000-8000-000000000000"), "NOT_FOUND");
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).sessionVersion).toBe(victim.sessionVersion);
  });
});
