// Sign-in back-off: consecutive failures of an account make the next attempt wait 1, 2, 4 … minutes,
// the right password included; a success resets it. Time passing is simulated by moving the stored
// instants into the past (no sleeping).
import { describe, expect, it } from "vitest";
import { verifySignIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { createTestUser, expectAppError, TEST_PASSWORD, uniqueIp } from "@/lib/testing/fixtures";

/** As if the current wait, and the fixed 15-minute window, were over. */
async function letTimePass(email: string) {
  const past = new Date(Date.now() - 1000);
  await db.signInBackoff.updateMany({ where: { email }, data: { retryAt: past } });
  await db.rateLimitBucket.updateMany({ where: { key: `sign-in:account:${email}` }, data: { resetAt: past } });
}

const retryAfterMinutes = (error: { retryAfterMs?: number }) => Math.round((error.retryAfterMs ?? 0) / 60_000);

describe("sign-in back-off", () => {
  it("makes an account wait 1, then 2, then 4 minutes after consecutive failures, then resets on success", async () => {
    const user = await createTestUser("READER");
    const wrong = () => verifySignIn({ email: user.email, password: "not the password" }, uniqueIp());
    const right = () => verifySignIn({ email: user.email, password: TEST_PASSWORD }, uniqueIp());

    for (let attempt = 0; attempt < 5; attempt++) expect(await wrong()).toBeNull();
    // Even the right password waits, from any address.
    expect(retryAfterMinutes(await expectAppError(right(), "RATE_LIMITED"))).toBe(1);

    await letTimePass(user.email);
    expect(await wrong()).toBeNull();
    const error = await expectAppError(right(), "RATE_LIMITED");
    expect(retryAfterMinutes(error)).toBe(2);
    expect(error.message).toBe("Too many failed attempts. Try again in 2 minute(s).");

    await letTimePass(user.email);
    expect(await wrong()).toBeNull();
    expect(retryAfterMinutes(await expectAppError(wrong(), "RATE_LIMITED"))).toBe(4);
    // An attempt refused during the wait is not a failure: the wait does not grow.
    expect((await db.signInBackoff.findUniqueOrThrow({ where: { email: user.email } })).failures).toBe(7);

    await letTimePass(user.email);
    expect(await right()).toMatchObject({ id: user.id });
    expect(await db.signInBackoff.findUnique({ where: { email: user.email } })).toBeNull();
    // Counting starts again from zero.
    for (let attempt = 0; attempt < 4; attempt++) expect(await wrong()).toBeNull();
    expect(await right()).toMatchObject({ id: user.id });
  });

  it("audits the failure that starts a wait and the refusal, with the wait", async () => {
    const user = await createTestUser("READER");
    const ip = uniqueIp();
    for (let attempt = 0; attempt < 5; attempt++) await verifySignIn({ email: user.email, password: "wrong" }, ip);
    await expectAppError(verifySignIn({ email: user.email, password: TEST_PASSWORD }, ip), "RATE_LIMITED");
    const entries = await db.auditLog.findMany({ where: { ip }, orderBy: { id: "asc" } });
    expect(entries.at(-2)).toMatchObject({ action: "auth.sign_in.failure", metadata: { email: user.email, retryAfterSeconds: 60 } });
    expect(entries.at(-1)).toMatchObject({ action: "auth.sign_in.rate_limited", metadata: { email: user.email } });
  });

  it("holds for unknown accounts too, so a wait reveals nothing about which emails exist", async () => {
    const email = `nobody-${Date.now()}@test.local`;
    for (let attempt = 0; attempt < 5; attempt++) await verifySignIn({ email, password: "wrong" }, uniqueIp());
    await expectAppError(verifySignIn({ email, password: "wrong" }, uniqueIp()), "RATE_LIMITED");
  });

  it("sweeps accounts that have not failed for a day when someone signs in", async () => {
    const user = await createTestUser("READER");
    const stale = `stale-${Date.now()}@test.local`;
    await db.signInBackoff.create({ data: { email: stale, failures: 3, retryAt: new Date(Date.now() - 25 * 60 * 60_000) } });
    expect(await verifySignIn({ email: user.email, password: TEST_PASSWORD }, uniqueIp())).not.toBeNull();
    expect(await db.signInBackoff.findUnique({ where: { email: stale } })).toBeNull();
  });
});
