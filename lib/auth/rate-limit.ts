// Fixed-window failure counters stored in PostgreSQL, so limits hold across processes and restarts.
import "server-only";
import { db } from "@/lib/db";

export type RateLimit = { limit: number; windowMs: number };

/** Milliseconds to wait before `key` may try again, or 0. */
export async function rateLimitWait(key: string, { limit }: RateLimit): Promise<number> {
  const bucket = await db.rateLimitBucket.findUnique({ where: { key } });
  if (!bucket || bucket.count < limit) return 0;
  return Math.max(0, bucket.resetAt.getTime() - Date.now());
}

/** Counts one failure on `key`, starting a new window when the previous one has expired. */
export async function recordFailure(key: string, { windowMs }: RateLimit): Promise<void> {
  await db.$executeRaw`
    INSERT INTO rate_limit_buckets (key, count, "resetAt")
    VALUES (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_buckets."resetAt" <= now() THEN 1 ELSE rate_limit_buckets.count + 1 END,
      "resetAt" = CASE WHEN rate_limit_buckets."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE rate_limit_buckets."resetAt" END`;
}

export async function clearRateLimit(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
