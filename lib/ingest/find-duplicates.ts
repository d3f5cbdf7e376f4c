// Duplicate lookups run inside the import transaction: the exact copy by normalised-text hash, the
// closest near-copy among the articles sharing an LSH band key (an index lookup on article_fingerprints).
import type { SqlClient } from "@/lib/db/plain-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { estimateSimilarity } from "@/lib/ingest/fingerprint";

// Above this estimated similarity a new article is linked as a copy of the one it resembles.
export const NEAR_DUPLICATE_THRESHOLD = 0.7;
// Enough candidates for any real cluster of copies; bounds the work when a text is boilerplate-heavy.
const MAX_CANDIDATES = 50;

/**
 * Serialises imports of the same text: the second waits for the first to commit, then sees it as an
 * exact duplicate. Held until the transaction ends.
 */
export async function lockContentHash(sql: SqlClient, contentHash: string): Promise<void> {
  await sql.query(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${contentHash}))::text`);
}

export async function findExactDuplicate(sql: SqlClient, contentHash: string): Promise<string | undefined> {
  const [existing] = await sql.query<{ id: string }>(Prisma.sql`
    SELECT id FROM articles WHERE "contentHash" = ${contentHash} AND "deletedAt" IS NULL ORDER BY "createdAt" LIMIT 1`);
  return existing?.id;
}

export type NearDuplicate = { id: string; similarity: number };

/** The most similar live article above the threshold, resolved to the original when it is itself a copy. */
export async function findNearDuplicate(sql: SqlClient, signature: number[], bands: bigint[]): Promise<NearDuplicate | undefined> {
  const candidates = await sql.query<{ id: string; signature: number[]; copyOfId: string | null }>(Prisma.sql`
    SELECT f."articleId" AS id, f.signature, a."copyOfId"
      FROM article_fingerprints f
      JOIN articles a ON a.id = f."articleId"
     WHERE f.bands && ${bands.map(String)}::bigint[] AND a."deletedAt" IS NULL
     LIMIT ${MAX_CANDIDATES}`);
  let best: (NearDuplicate & { copyOfId: string | null }) | undefined;
  for (const candidate of candidates) {
    const similarity = estimateSimilarity(signature, candidate.signature);
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && similarity > (best?.similarity ?? 0)) best = { ...candidate, similarity };
  }
  return best && { id: best.copyOfId ?? best.id, similarity: best.similarity };
}
