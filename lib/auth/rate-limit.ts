// Fixed-window counters stored in PostgreSQL, so limits hold across processes and restarts.
import "server-only";
import { db } from "@/lib/db";

export type RateLimit = { limit: number; windowMs: number };

/** Counts one hit on `key`; returns the milliseconds to wait when the limit is exceeded, else 0. */
export async function hitRateLimit(key: string, { limit, windowMs }: RateLimit): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO rate_limit_buckets (key, count, "resetAt")
    VALUES (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_buckets."resetAt" <= now() THEN 1 ELSE rate_limit_buckets.count + 1 END,
      "resetAt" = CASE WHEN rate_limit_buckets."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE rate_limit_buckets."resetAt" END
    RETURNING count, "resetAt"`;
  if (!row || row.count <= limit) return 0;
  return Math.max(0, row.resetAt.getTime() - Date.now());
}

export async function clearRateLimit(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
