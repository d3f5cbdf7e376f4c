// getCurrentUser re-reads the user behind the JWT on every call, so role changes, disabled accounts and
// revoked sessions apply at the next request. NextAuth is replaced by a mock returning the claims.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getCurrentUser, requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { actorOf, createTestUser, expectAppError, type TestUser } from "@/lib/testing/fixtures";
import { updateUser } from "@/lib/users/manage-users";

const { getServerSession } = vi.hoisted(() => ({ getServerSession: vi.fn() }));
vi.mock("next-auth", () => ({ getServerSession }));

/** The claims lib/auth/options.ts puts in the session when `user` signs in. */
function signIn(user: TestUser) {
  getServerSession.mockResolvedValue({ userId: user.id, sessionVersion: user.sessionVersion });
}

beforeEach(() => {
  getServerSession.mockReset();
});

describe("getCurrentUser", () => {
  it("returns the user with its current role from the database", async () => {
    const user = await createTestUser("ANALYST");
    signIn(user);
    expect(await getCurrentUser()).toEqual(actorOf(user));
  });

  it("returns null without a session, or with claims missing the user or the session version", async () => {
    const user = await createTestUser("ANALYST");
    getServerSession.mockResolvedValue(null);
    expect(await getCurrentUser()).toBeNull();
    getServerSession.mockResolvedValue({ sessionVersion: user.sessionVersion });
    expect(await getCurrentUser()).toBeNull();
    getServerSession.mockResolvedValue({ userId: user.id });
    expect(await getCurrentUser()).toBeNull();
  });

  it("applies a role change made by an admin to the existing session at its next call", async () => {
    const admin = actorOf(await createTestUser("ADMIN"));
    const user = await createTestUser("EDITOR");
    signIn(user);

    await updateUser(admin, user.id, { version: user.version, role: "READER" });

    expect(await getCurrentUser()).toMatchObject({ id: user.id, role: "READER" });
    await expectAppError(requirePermission("article.read"), "FORBIDDEN");
  });

  it("signs out a disabled account's session for good, even once the account is enabled again", async () => {
    const admin = actorOf(await createTestUser("ADMIN"));
    const user = await createTestUser("EDITOR");
    signIn(user);

    const disabled = await updateUser(admin, user.id, { version: user.version, disabled: true });
    expect(await getCurrentUser()).toBeNull();
    await expectAppError(requirePermission("article.read"), "UNAUTHENTICATED");

    await updateUser(admin, user.id, { version: disabled.version, disabled: false });
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuses a session carrying an older session version, and a deleted account", async () => {
    const revoked = await createTestUser("EDITOR");
    signIn(revoked);
    await db.user.update({ where: { id: revoked.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getCurrentUser()).toBeNull();

    const deleted = await createTestUser("EDITOR");
    signIn(deleted);
    await db.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("does not memoise outside a React request: each call reads the session and the database again", async () => {
    const first = await createTestUser("ANALYST");
    const second = await createTestUser("EDITOR");

    signIn(first);
    expect(await getCurrentUser()).toMatchObject({ id: first.id, name: first.name });
    await db.user.update({ where: { id: first.id }, data: { name: "Renamed Meanwhile" } });
    expect(await getCurrentUser()).toMatchObject({ id: first.id, name: "Renamed Meanwhile" });
    signIn(second);
    expect(await getCurrentUser()).toMatchObject({ id: second.id });
    expect(getServerSession).toHaveBeenCalledTimes(3);
  });
});
