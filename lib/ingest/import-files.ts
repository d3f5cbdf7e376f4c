// Uploaded files → a running batch. Extraction happens first (it is quick and tells how many items a
// zip or JSON Lines file holds), then the caller runs the returned job after answering the request,
// while the person watches the batch's progress. The same files again resume an interrupted batch.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { getEnv } from "@/lib/env";
import { invalid } from "@/lib/errors";
import { extractDocuments } from "@/lib/ingest/extraction";
import { resumeImportBatch, runImportBatch, startImportBatch } from "@/lib/ingest/import-batch";
import type { BatchEntry } from "@/lib/ingest/import-batch-entry";

export type UploadedFile = { name: string; type: string; bytes: Uint8Array };

const MAX_FILES = 1000;

export function maxUploadBytes(): number {
  return getEnv().IMPORT_MAX_FILE_MB * 10 * 1024 * 1024;
}

/** `resume`: the id of the actor's interrupted batch these same files continue. */
export async function startFileImport(actor: CurrentUser, files: readonly UploadedFile[], resume?: string): Promise<{ id: string; total: number; run: () => Promise<void> }> {
  assertCan(actor, "article.import");
  if (files.length === 0) throw invalid("Choose at least one file to import.");
  if (files.length > MAX_FILES) throw invalid(`An upload holds at most ${MAX_FILES} files; split it, or use npm run import on the server.`);
  const maxFileBytes = getEnv().IMPORT_MAX_FILE_MB * 1024 * 1024;
  const entries: BatchEntry[] = [];
  for (const file of files) {
    entries.push(...(await extractDocuments({ filename: file.name, bytes: file.bytes, mediaType: file.type || undefined }, { maxFileBytes })));
  }
  if (resume) return resumeImportBatch(actor, resume, entries);
  const batch = await startImportBatch(actor, entries.length);
  return { ...batch, run: () => runImportBatch(actor, batch.id, entries) };
}
