// Sign-in verification: one generic answer for every kind of failure (no account enumeration), a
// per-account limit that holds even against the right password, and an audit trail.
import { describe, expect, it } from "vitest";
import { signInLimits, verifySignIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { createTestUser, expectAppError, TEST_PASSWORD, uniqueEmail, uniqueIp } from "@/lib/testing/fixtures";

const signInAudit = (ip: string) => db.auditLog.findMany({ where: { ip, action: { startsWith: "auth.sign_in." } }, orderBy: { id: "asc" } });

describe("verifySignIn", () => {
  it("returns the user for the right password, records the sign-in and audits it", async () => {
    const user = await createTestUser("ANALYST");
    const ip = uniqueIp();

    // The email is matched after trimming and lower-casing, however it was typed.
    const result = await verifySignIn({ email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD }, ip);

    expect(result).toEqual({ id: user.id, email: user.email, name: user.name, role: "ANALYST", sessionVersion: user.sessionVersion });
    const { lastSignInAt } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastSignInAt: true } });
    expect(lastSignInAt).toBeInstanceOf(Date);
    expect(await signInAudit(ip)).toMatchObject([{ action: "auth.sign_in.success", actorId: user.id }]);
  });

  it("answers null alike for a wrong password, an unknown email, a disabled account or malformed input", async () => {
    const user = await createTestUser("EDITOR");
    const disabled = await createTestUser("EDITOR", "disabled");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const unknownEmail = uniqueEmail("nobody");
    const ip = uniqueIp();

    expect(await verifySignIn({ email: user.email, password: "not the password" }, ip)).toBeNull();
    expect(await verifySignIn({ email: unknownEmail, password: TEST_PASSWORD }, ip)).toBeNull();
    expect(await verifySignIn({ email: disabled.email, password: TEST_PASSWORD }, ip)).toBeNull();
    expect(await verifySignIn({ email: "not an email", password: TEST_PASSWORD }, ip)).toBeNull();
    expect(await verifySignIn(undefined, ip)).toBeNull();

    // Malformed input is refused before any lookup; the three real attempts are audited as failures.
    expect(await signInAudit(ip)).toMatchObject([
      { action: "auth.sign_in.failure", actorId: user.id, metadata: { email: user.email } },
      { action: "auth.sign_in.failure", actorId: null, metadata: { email: unknownEmail } },
      { action: "auth.sign_in.failure", actorId: disabled.id, metadata: { email: disabled.email } },
    ]);
  });

  it("after 5 failures for one account, refuses the next attempt even with the right password", async () => {
    const user = await createTestUser("READER");
    const other = await createTestUser("READER", "other");
    const ip = uniqueIp();
    expect(signInLimits.perAccount.limit).toBe(5);

    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await verifySignIn({ email: user.email, password: `wrong ${attempt}` }, ip)).toBeNull();
    }
    const error = await expectAppError(verifySignIn({ email: user.email, password: TEST_PASSWORD }, ip), "RATE_LIMITED");
    expect(error.message).toMatch(/^Too many failed attempts\. Try again in \d+ minute\(s\)\.$/);
    // A new address does not help: the limit is per account.
    await expectAppError(verifySignIn({ email: user.email, password: TEST_PASSWORD }, uniqueIp()), "RATE_LIMITED");
    // Another account is unaffected, even from the same address.
    expect(await verifySignIn({ email: other.email, password: TEST_PASSWORD }, ip)).toMatchObject({ id: other.id });

    const actions = (await signInAudit(ip)).map((entry) => entry.action);
    expect(actions).toEqual([...Array<string>(5).fill("auth.sign_in.failure"), "auth.sign_in.rate_limited", "auth.sign_in.success"]);
  });

  it("starts counting again after a successful sign-in", async () => {
    const user = await createTestUser("READER");
    const ip = uniqueIp();
    const fail = () => verifySignIn({ email: user.email, password: "wrong" }, ip);

    for (let attempt = 0; attempt < 4; attempt++) await fail();
    expect(await verifySignIn({ email: user.email, password: TEST_PASSWORD }, ip)).not.toBeNull();
    for (let attempt = 0; attempt < 4; attempt++) await fail();
    expect(await verifySignIn({ email: user.email, password: TEST_PASSWORD }, ip)).not.toBeNull();
  });

  it("lets no more than 5 of many parallel wrong guesses through to the password check", async () => {
    const user = await createTestUser("READER");
    const ip = uniqueIp();
    const guesses = await Promise.allSettled(
      Array.from({ length: 20 }, (_, attempt) => verifySignIn({ email: user.email, password: `guess ${attempt}` }, ip)),
    );
    const checked = guesses.filter((guess) => guess.status === "fulfilled");
    expect(checked).toHaveLength(signInLimits.perAccount.limit);
    expect(checked.every((guess) => guess.value === null)).toBe(true);
    const refused = guesses.filter((guess) => guess.status === "rejected");
    expect(refused.map((guess) => (guess.reason as { code?: string }).code)).toEqual(Array(15).fill("RATE_LIMITED"));
  });

  it("limits failures per address across accounts, but successful sign-ins do not use up the address", async () => {
    const ip = uniqueIp();
    const colleague = await createTestUser("ANALYST", "colleague");
    const { limit } = signInLimits.perIp;
    // Many colleagues behind one address sign in successfully: the address is not penalised.
    for (let attempt = 0; attempt < limit + 5; attempt++) {
      expect(await verifySignIn({ email: colleague.email, password: TEST_PASSWORD }, ip)).not.toBeNull();
    }
    // Guessing across many accounts from one address is stopped at the per-address limit.
    for (let attempt = 0; attempt < limit; attempt++) {
      expect(await verifySignIn({ email: uniqueEmail("sprayed"), password: "wrong" }, ip)).toBeNull();
    }
    await expectAppError(verifySignIn({ email: colleague.email, password: TEST_PASSWORD }, ip), "RATE_LIMITED");
    // The same account from another address still works.
    expect(await verifySignIn({ email: colleague.email, password: TEST_PASSWORD }, uniqueIp())).not.toBeNull();
  });

  it("sweeps expired windows when someone signs in", async () => {
    const user = await createTestUser("READER");
    const staleKey = `sign-in:ip:${uniqueIp()}`;
    await db.rateLimitBucket.create({ data: { key: staleKey, count: 3, resetAt: new Date(Date.now() - 60_000) } });
    expect(await verifySignIn({ email: user.email, password: TEST_PASSWORD }, uniqueIp())).not.toBeNull();
    expect(await db.rateLimitBucket.findUnique({ where: { key: staleKey } })).toBeNull();
  });
});
