// Fixed-window attempt counters stored in PostgreSQL, so limits hold across processes and restarts.
// An attempt is counted before it is checked, in one statement: parallel attempts cannot all slip
// through on the same stale count.
import "server-only";
import { db } from "@/lib/db";

export type RateLimit = { limit: number; windowMs: number };

/** Counts one attempt on `key`; returns the milliseconds to wait when it exceeds the limit, else 0. */
export async function consumeAttempt(key: string, { limit, windowMs }: RateLimit): Promise<number> {
  const [bucket] = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO rate_limit_buckets (key, count, "resetAt")
    VALUES (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_buckets."resetAt" <= now() THEN 1 ELSE rate_limit_buckets.count + 1 END,
      "resetAt" = CASE WHEN rate_limit_buckets."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE rate_limit_buckets."resetAt" END
    RETURNING count, "resetAt"`;
  if (!bucket || bucket.count <= limit) return 0;
  return Math.max(1, bucket.resetAt.getTime() - Date.now());
}

/** Gives back one counted attempt (a success that should not count against a shared address). */
export async function refundAttempt(key: string): Promise<void> {
  await db.$executeRaw`UPDATE rate_limit_buckets SET count = GREATEST(count - 1, 0) WHERE key = ${key}`;
}

/** Forgets `key`, and sweeps expired windows so the table stays small. */
export async function clearRateLimit(key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM rate_limit_buckets WHERE key = ${key} OR "resetAt" <= now()`;
}
