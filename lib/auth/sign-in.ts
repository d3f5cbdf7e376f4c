// Verifies a sign-in attempt: failed attempts are limited per account and per IP, consecutive failures
// of an account make it wait longer and longer (sign-in-backoff.ts), and every failure gets the same
// generic answer (no account enumeration).
import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyPassword } from "@/lib/auth/password";
import { clearRateLimit, consumeAttempt, refundAttempt, type RateLimit } from "@/lib/auth/rate-limit";
import { backoffWaitMs, recordFailure, resetBackoff } from "@/lib/auth/sign-in-backoff";
import { rateLimited } from "@/lib/errors";
import { signInSchema } from "@/lib/validations/auth";

export const signInLimits = {
  perAccount: { limit: 5, windowMs: 15 * 60_000 },
  perIp: { limit: 50, windowMs: 15 * 60_000 },
} satisfies Record<string, RateLimit>;

export type SignedInUser = { id: string; email: string; name: string; role: string; sessionVersion: number };

/** Returns the user, or null for any wrong email, password or disabled account; throws when rate-limited. */
export async function verifySignIn(input: unknown, ip: string | null): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const accountKey = `sign-in:account:${email}`;
  const ipKey = ip ? `sign-in:ip:${ip}` : null;

  // An account in back-off is refused before anything is counted. Otherwise every attempt is counted
  // up front; a success then clears its account and gives back its address's.
  const waitMs =
    (await backoffWaitMs(email)) ||
    Math.max(await consumeAttempt(accountKey, signInLimits.perAccount), ipKey ? await consumeAttempt(ipKey, signInLimits.perIp) : 0);
  if (waitMs > 0) {
    await recordAudit({ action: "auth.sign_in.rate_limited", metadata: { email, retryAfterSeconds: Math.ceil(waitMs / 1000) }, ip });
    throw rateLimited(`Too many failed attempts. Try again in ${Math.ceil(waitMs / 60_000)} minute(s).`, waitMs);
  }

  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.disabledAt || user.deletedAt) {
    const nextWaitMs = await recordFailure(email);
    await recordAudit({ actorId: user?.id, action: "auth.sign_in.failure", metadata: { email, ...(nextWaitMs > 0 && { retryAfterSeconds: nextWaitMs / 1000 }) }, ip });
    return null;
  }
  await resetBackoff(email);
  await clearRateLimit(accountKey);
  if (ipKey) await refundAttempt(ipKey);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({ actorId: user.id, action: "auth.sign_in.success", ip });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
