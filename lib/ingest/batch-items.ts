// The per-item record of a bulk import, written in the same transaction as the item's article so the
// batch's progress and results never disagree with what was saved; a resumed batch reads them back to
// skip what is done.
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

export type RecordedItem = Required<BatchItemResult> & { position: number; suggestedAt: Date | null };

export async function recordBatchItem(sql: SqlClient, slot: BatchSlot, result: BatchItemResult): Promise<void> {
  await sql.query(Prisma.sql`
    WITH progress AS (UPDATE import_batches SET done = done + 1 WHERE id = ${slot.batchId}::uuid)
    INSERT INTO import_items ("batchId", position, filename, status, "articleId", "duplicateOfId", similarity, reason)
    VALUES (${slot.batchId}::uuid, ${slot.position}, ${result.filename}, ${result.status}::"ImportItemStatus", ${result.articleId ?? null}::uuid,
            ${result.duplicateOfId ?? null}::uuid, ${result.similarity ?? null}::double precision, ${result.reason ?? null})`);
}

/** The items an earlier run of the batch saved, by position. */
export async function recordedItems(sql: SqlClient, batchId: string): Promise<Map<number, RecordedItem>> {
  const rows = await sql.query<RecordedItem>(Prisma.sql`
    SELECT position, filename, status, "articleId", "duplicateOfId", similarity, reason, "suggestedAt"
      FROM import_items WHERE "batchId" = ${batchId}::uuid`);
  return new Map(rows.map((row) => [row.position, row]));
}

export async function markSuggested(sql: SqlClient, slot: BatchSlot): Promise<void> {
  await sql.query(Prisma.sql`UPDATE import_items SET "suggestedAt" = now() WHERE "batchId" = ${slot.batchId}::uuid AND position = ${slot.position}`);
}

/** The command line learns a batch's size file by file. */
export async function growBatchTotal(sql: SqlClient, batchId: string, total: number): Promise<void> {
  await sql.query(Prisma.sql`UPDATE import_batches SET total = GREATEST(total, ${total}) WHERE id = ${batchId}::uuid`);
}
