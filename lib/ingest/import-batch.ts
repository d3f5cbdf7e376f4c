// Bulk imports: a batch records how many items it holds, then each item's outcome as it is saved,
// so the person who started it can watch the progress and read the per-item results.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import { recordBatchItem } from "@/lib/ingest/batch-items";
import { importArticle, type ImportDocument } from "@/lib/ingest/import-article";

/** One item to import, or the reason extraction refused it (lib/ingest/extract's items fit it). */
export type BatchEntry = ({ ok: true } & ImportDocument) | { ok: false; filename: string; reason: string };

const UNEXPECTED = "An unexpected error stopped this item; nothing of it was saved. Try it again.";

export async function startImportBatch(actor: CurrentUser, total: number): Promise<{ id: string; total: number }> {
  assertCan(actor, "article.import");
  return db.importBatch.create({ data: { total, createdById: actor.id }, select: { id: true, total: true } });
}

/** Imports the entries one by one; a failed item is recorded with its reason and the others go on. */
export async function runImportBatch(actor: CurrentUser, batchId: string, entries: readonly BatchEntry[]): Promise<void> {
  assertCan(actor, "article.import");
  for (const [position, entry] of entries.entries()) {
    const slot = { batchId, position };
    if (!entry.ok) {
      await recordBatchItem(plainSql(db), slot, { filename: entry.filename, status: "FAILED", reason: entry.reason });
      continue;
    }
    try {
      await importArticle(actor, entry, slot);
    } catch (error) {
      if (!(error instanceof AppError)) console.error(`Import of ${entry.filename} failed:`, error);
      const reason = error instanceof AppError ? error.message : UNEXPECTED;
      await recordBatchItem(plainSql(db), slot, { filename: entry.filename, status: "FAILED", reason });
    }
  }
  await db.importBatch.update({ where: { id: batchId }, data: { status: "DONE", finishedAt: new Date() } });
}

const batchFields = {
  id: true,
  status: true,
  total: true,
  done: true,
  createdAt: true,
  finishedAt: true,
  items: {
    orderBy: { position: "asc" },
    select: {
      position: true,
      filename: true,
      status: true,
      similarity: true,
      reason: true,
      article: { select: { id: true, title: true } },
      duplicateOf: { select: { id: true, title: true } },
    },
  },
} satisfies Prisma.ImportBatchSelect;

/** A batch with its results so far; only its author and admins may follow it. */
export async function getImportBatch(actor: CurrentUser, id: string): Promise<ImportBatchView> {
  assertCan(actor, "article.import");
  const batch = await db.importBatch.findFirst({ where: { id, ...(actor.role !== "ADMIN" && { createdById: actor.id }) }, select: batchFields });
  if (!batch) throw notFound("This import");
  return batch;
}

export type ImportBatchView = Prisma.ImportBatchGetPayload<{ select: typeof batchFields }>;
