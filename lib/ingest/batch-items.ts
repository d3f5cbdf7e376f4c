// The per-item record of a bulk import, written in the same transaction as the item's article so the
// batch's progress and results never disagree with what was saved.
import type { SqlClient } from "@/lib/db/plain-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ImportItemStatus } from "@/lib/generated/prisma/enums";

/** Where an imported document sits in its batch. */
export type BatchSlot = { batchId: string; position: number };

export type BatchItemResult = {
  filename: string;
  status: ImportItemStatus;
  articleId?: string | null;
  duplicateOfId?: string | null;
  similarity?: number | null;
  reason?: string | null;
};

export async function recordBatchItem(sql: SqlClient, slot: BatchSlot, result: BatchItemResult): Promise<void> {
  await sql.query(Prisma.sql`
    WITH progress AS (UPDATE import_batches SET done = done + 1 WHERE id = ${slot.batchId}::uuid)
    INSERT INTO import_items ("batchId", position, filename, status, "articleId", "duplicateOfId", similarity, reason)
    VALUES (${slot.batchId}::uuid, ${slot.position}, ${result.filename}, ${result.status}::"ImportItemStatus", ${result.articleId ?? null}::uuid,
            ${result.duplicateOfId ?? null}::uuid, ${result.similarity ?? null}::double precision, ${result.reason ?? null})`);
}
