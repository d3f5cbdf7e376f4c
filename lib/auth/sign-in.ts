// Verifies a sign-in attempt: rate-limited per account and per IP, one generic error for every failure.
import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyPassword } from "@/lib/auth/password";
import { clearRateLimit, hitRateLimit, type RateLimit } from "@/lib/auth/rate-limit";
import { rateLimited } from "@/lib/errors";
import { signInSchema } from "@/lib/validations/auth";

const perAccount: RateLimit = { limit: 5, windowMs: 15 * 60_000 };
const perIp: RateLimit = { limit: 30, windowMs: 15 * 60_000 };

export type SignedInUser = { id: string; email: string; name: string; role: string; sessionVersion: number };

/** Returns the user, or null for any wrong email, password or disabled account; throws when rate-limited. */
export async function verifySignIn(input: unknown, ip: string | null): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const waits = await Promise.all([
    hitRateLimit(`sign-in:account:${email}`, perAccount),
    ip ? hitRateLimit(`sign-in:ip:${ip}`, perIp) : Promise.resolve(0),
  ]);
  const waitMs = Math.max(...waits);
  if (waitMs > 0) {
    await recordAudit({ action: "auth.sign_in.rate_limited", metadata: { email }, ip });
    throw rateLimited(`Too many attempts. Try again in ${Math.ceil(waitMs / 60_000)} minute(s).`);
  }

  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.disabledAt || user.deletedAt) {
    await recordAudit({ actorId: user?.id, action: "auth.sign_in.failure", metadata: { email }, ip });
    return null;
  }
  await clearRateLimit(`sign-in:account:${email}`);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({ actorId: user.id, action: "auth.sign_in.success", ip });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
