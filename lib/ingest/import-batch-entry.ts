// One entry of a batch, for the browser's batches and `npm run import` alike: an entry an earlier run
// saved is not imported again (its missing suggestions are run); a refused or failing entry is recorded
// with its reason and the batch goes on.
import "server-only";
import type { Database } from "@/lib/db/client";
import { plainSql } from "@/lib/db/plain-sql";
import { AppError, invalid } from "@/lib/errors";
import { recordBatchItem, type BatchItemResult, type BatchSlot, type RecordedItem } from "@/lib/ingest/batch-items";
import { importTrustedDocument, suggestAfterImport, type ImportDocument, type ImportOptions } from "@/lib/ingest/import-article";

/** One item to import, or the reason extraction refused it (lib/ingest/extract's items fit it). */
export type BatchEntry = ({ ok: true } & ImportDocument) | { ok: false; filename: string; reason: string };

export type EntryResult = BatchItemResult & { earlierRun: boolean };

const UNEXPECTED = "An unexpected error stopped this item; nothing of it was saved. Try it again.";

/** Resuming is only sound over the same entries in the same order: refuses when they differ. */
export function assertSameEntries(recorded: ReadonlyMap<number, RecordedItem>, position: number, filename: string): void {
  const earlier = recorded.get(position);
  if (earlier && earlier.filename !== filename) {
    throw invalid(
      `Item ${position + 1} of the interrupted import was ${earlier.filename}, it is now ${filename}: the files changed since. Start a new import instead of resuming this one.`,
    );
  }
}

export async function importBatchEntry(
  client: Database,
  entry: BatchEntry,
  slot: BatchSlot,
  actorId: string | null,
  earlier: RecordedItem | undefined,
  options: ImportOptions,
): Promise<EntryResult> {
  if (earlier) {
    if (earlier.status === "CREATED" && earlier.articleId && !earlier.suggestedAt && options.suggest !== false) {
      await suggestAfterImport(client, earlier.articleId, actorId, slot);
    }
    return { ...earlier, earlierRun: true };
  }
  let result: BatchItemResult;
  if (!entry.ok) {
    result = { filename: entry.filename, status: "FAILED", reason: entry.reason };
  } else {
    try {
      const outcome = await importTrustedDocument(client, entry, actorId, slot, options);
      return outcome.status === "created"
        ? { filename: entry.filename, status: "CREATED", articleId: outcome.id, duplicateOfId: outcome.copyOf?.id, similarity: outcome.copyOf?.similarity, earlierRun: false }
        : { filename: entry.filename, status: "DUPLICATE", duplicateOfId: outcome.duplicateOf, earlierRun: false };
    } catch (error) {
      if (!(error instanceof AppError)) console.error(`Import of ${entry.filename} failed:`, error);
      result = { filename: entry.filename, status: "FAILED", reason: error instanceof AppError ? error.message : UNEXPECTED };
    }
  }
  await recordBatchItem(plainSql(client), slot, result);
  return { ...result, earlierRun: false };
}
