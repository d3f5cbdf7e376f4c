// The per-item record of a bulk import, written in the same transaction as the item's article so the
// batch's progress and results never disagree with what was saved.
import type { Prisma } from "@/lib/generated/prisma/client";
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

export async function recordBatchItem(tx: Prisma.TransactionClient, slot: BatchSlot, result: BatchItemResult): Promise<void> {
  await tx.importItem.create({ data: { batchId: slot.batchId, position: slot.position, ...result } });
  await tx.importBatch.update({ where: { id: slot.batchId }, data: { done: { increment: 1 } } });
}
