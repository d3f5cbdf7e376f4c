// Single sign-on's account matching: the verified email admits its account (created at the first
// visit unless auto-creation is off); disabled accounts and unverified emails are refused; every
// outcome is audited with the provider.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signInWithOidc } from "@/lib/auth/oidc";
import { db } from "@/lib/db";
import { createTestUser, uniqueEmail } from "@/lib/testing/fixtures";

const settings = { defaultRole: "READER" as const, autoCreate: true };
const claims = (email: string, extra: Record<string, unknown> = {}) => ({ sub: randomUUID(), email, email_verified: true, name: "Sam Sso", ...extra });
const lastEntry = (where: object) => db.auditLog.findFirst({ where, orderBy: { id: "desc" } });

describe("signInWithOidc", () => {
  it("admits the existing account with that email, whatever its case, with its session version", async () => {
    const editor = await createTestUser("EDITOR");
    const admitted = await signInWithOidc(claims(editor.email.toUpperCase()), settings);
    expect(admitted).toEqual({ id: editor.id, email: editor.email, name: editor.name, role: "EDITOR", sessionVersion: editor.sessionVersion });
    expect(await lastEntry({ actorId: editor.id, action: "auth.sign_in.success" })).toMatchObject({ metadata: { provider: "oidc" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).lastSignInAt).toBeInstanceOf(Date);
  });

  it("creates an account with the default role and no password at the first visit", async () => {
    const email = uniqueEmail("sso");
    const admitted = await signInWithOidc(claims(email), { ...settings, defaultRole: "ANALYST" });
    const stored = await db.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
    expect(admitted).toMatchObject({ id: stored.id, role: "ANALYST", name: "Sam Sso", sessionVersion: 1 });
    expect(stored.passwordHash).toBeNull();
    expect(await lastEntry({ targetId: stored.id, action: "user.create" })).toMatchObject({ actorId: null, after: { email, role: "ANALYST" }, metadata: { via: "single sign-on" } });
    // The second visit finds the same account.
    expect((await signInWithOidc(claims(email), settings))?.id).toBe(stored.id);
  });

  it("only admits existing accounts when auto-creation is off", async () => {
    const email = uniqueEmail("stranger");
    expect(await signInWithOidc(claims(email), { ...settings, autoCreate: false })).toBeNull();
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect(await lastEntry({ action: "auth.sign_in.failure", metadata: { path: ["email"], equals: email } })).toMatchObject({ metadata: { provider: "oidc", reason: "no such account" } });
  });

  it("refuses a disabled or deleted account", async () => {
    const disabled = await createTestUser("EDITOR");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const deleted = await createTestUser("EDITOR");
    await db.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    expect(await signInWithOidc(claims(disabled.email), settings)).toBeNull();
    expect(await signInWithOidc(claims(deleted.email), settings)).toBeNull();
    expect(await lastEntry({ actorId: disabled.id, action: "auth.sign_in.failure" })).toMatchObject({ metadata: { provider: "oidc", reason: "account disabled" } });
  });

  it("refuses claims without an email the provider has verified", async () => {
    const editor = await createTestUser("EDITOR");
    expect(await signInWithOidc(claims(editor.email, { email_verified: false }), settings)).toBeNull();
    expect(await signInWithOidc({ sub: "x", email_verified: true }, settings)).toBeNull();
    expect(await signInWithOidc(null, settings)).toBeNull();
    // A string flag, as some providers send it, counts.
    expect(await signInWithOidc(claims(editor.email, { email_verified: "true" }), settings)).toMatchObject({ id: editor.id });
  });
});
