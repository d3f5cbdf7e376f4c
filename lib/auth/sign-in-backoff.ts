// Exponential back-off on top of the fixed-window limit: after a few consecutive failed sign-ins of an
// account, each next attempt must wait longer (1 min, 2, 4, 8 … at most an hour); a success resets it.
import "server-only";
import { db } from "@/lib/db";

export const backoff = { freeFailures: 4, firstWaitMs: 60_000, maxWaitMs: 60 * 60_000 };

/** How long the next attempt waits after `failures` consecutive failures: 0 for the first few, then doubling. */
export function backoffDelayMs(failures: number): number {
  if (failures <= backoff.freeFailures) return 0;
  const doublings = Math.min(failures - backoff.freeFailures - 1, 30);
  return Math.min(backoff.firstWaitMs * 2 ** doublings, backoff.maxWaitMs);
}

/** Milliseconds before `email` may try again (0: now). */
export async function backoffWaitMs(email: string, now = new Date()): Promise<number> {
  const row = await db.signInBackoff.findUnique({ where: { email } });
  return row ? Math.max(0, row.retryAt.getTime() - now.getTime()) : 0;
}

/** Counts one more consecutive failure and sets when the next attempt is allowed; returns that wait. */
export async function recordFailure(email: string, now = new Date()): Promise<number> {
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO sign_in_backoffs (email, failures, "retryAt") VALUES (${email}, 1, ${now})
    ON CONFLICT (email) DO UPDATE SET failures = sign_in_backoffs.failures + 1
    RETURNING failures`;
  const waitMs = backoffDelayMs(row?.failures ?? 1);
  await db.signInBackoff.update({ where: { email }, data: { retryAt: new Date(now.getTime() + waitMs) } });
  return waitMs;
}

/** Forgets `email`'s failures, and sweeps accounts that have not failed for a day so the table stays small. */
export async function resetBackoff(email: string, now = new Date()): Promise<void> {
  await db.signInBackoff.deleteMany({ where: { OR: [{ email }, { retryAt: { lt: new Date(now.getTime() - 24 * 60 * 60_000) } }] } });
}
