// Bulk imports from the browser: a batch records how many items it holds, then each item's outcome as
// it is saved, so the person who started it can watch the progress and read the per-item results. A
// batch whose server died midway shows as interrupted; choosing the same files again resumes it.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { conflict, invalid, notFound } from "@/lib/errors";
import { recordedItems, type RecordedItem } from "@/lib/ingest/batch-items";
import { batchState, claimInterruptedBatch, finishBatch, keepBatchAlive, thisRunner, type BatchState } from "@/lib/ingest/batch-lease";
import { assertSameEntries, importBatchEntry, type BatchEntry } from "@/lib/ingest/import-batch-entry";

export async function startImportBatch(actor: CurrentUser, total: number): Promise<{ id: string; total: number }> {
  assertCan(actor, "article.import");
  return db.importBatch.create({ data: { total, createdById: actor.id, runner: thisRunner, heartbeatAt: new Date() }, select: { id: true, total: true } });
}

/** Imports the entries one by one, skipping those an interrupted run saved; a failed item is recorded and the others go on. */
export async function runImportBatch(actor: CurrentUser, batchId: string, entries: readonly BatchEntry[], recorded: ReadonlyMap<number, RecordedItem> = new Map()): Promise<void> {
  assertCan(actor, "article.import");
  const stop = keepBatchAlive(db, batchId);
  try {
    for (const [position, entry] of entries.entries()) {
      await importBatchEntry(db, entry, { batchId, position }, actor.id, recorded.get(position), {});
    }
    await finishBatch(db, batchId);
  } finally {
    stop();
  }
}

/**
 * Takes over one of the actor's interrupted batches with the same files uploaded again (they are held
 * in memory only while a batch runs): refused when they are not the same entries.
 */
export async function resumeImportBatch(actor: CurrentUser, batchId: string, entries: readonly BatchEntry[]): Promise<{ id: string; total: number; run: () => Promise<void> }> {
  assertCan(actor, "article.import");
  const batch = await db.importBatch.findFirst({ where: { id: batchId, createdById: actor.id }, select: { ...leaseFields, total: true } });
  if (!batch) throw notFound("This import");
  if (batchState(batch) !== "INTERRUPTED") throw conflict(batch.status === "DONE" ? "This import is already complete." : "This import is still running.");
  if (entries.length !== batch.total) {
    throw invalid(`The interrupted import held ${batch.total} items; these files hold ${entries.length}. Choose the same files as before.`);
  }
  const recorded = await recordedItems(plainSql(db), batch.id);
  entries.forEach((entry, position) => assertSameEntries(recorded, position, entry.filename));
  if (!(await claimInterruptedBatch(db, batch))) throw conflict("This import was resumed by someone else a moment ago.");
  return { id: batch.id, total: batch.total, run: () => runImportBatch(actor, batch.id, entries, recorded) };
}

const leaseFields = { id: true, status: true, heartbeatAt: true, runner: true } satisfies Prisma.ImportBatchSelect;

const batchFields = {
  ...leaseFields,
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
  const { heartbeatAt, runner, ...view } = batch;
  return { ...view, status: batchState({ status: batch.status, heartbeatAt, runner }) };
}

export type ImportBatchView = Omit<Prisma.ImportBatchGetPayload<{ select: typeof batchFields }>, "status" | "heartbeatAt" | "runner"> & { status: BatchState };

/** The actor's own batches from the browser that were interrupted, newest first, to resume them. */
export async function listInterruptedImports(actor: CurrentUser): Promise<{ id: string; total: number; done: number; createdAt: Date }[]> {
  assertCan(actor, "article.import");
  const running = await db.importBatch.findMany({
    where: { createdById: actor.id, status: "RUNNING" },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { ...leaseFields, total: true, done: true, createdAt: true },
  });
  return running.filter((batch) => batchState(batch) === "INTERRUPTED").map(({ id, total, done, createdAt }) => ({ id, total, done, createdAt }));
}
