// `npm run import -- [--no-suggest] <files or folders…>` or `-- --resume <batch id>`: bulk import from the
// server's shell into the configured database (the running app's embedded one is shared), with
// suggestions unless told not to. It runs as a batch: killed midway, the same command again (or
// --resume) takes the batch over and imports only what is missing. Prints one JSON line per item and a
// summary line; exits with 1 when an item failed, so scripts can tell.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { runCli } from "@/lib/cli/run";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import { getEnv } from "@/lib/env";
import { growBatchTotal, recordedItems, type RecordedItem } from "@/lib/ingest/batch-items";
import { batchState, claimInterruptedBatch, finishBatch, keepBatchAlive, thisRunner } from "@/lib/ingest/batch-lease";
import { extractDocuments } from "@/lib/ingest/extraction";
import { assertSameEntries, importBatchEntry, type EntryResult } from "@/lib/ingest/import-batch-entry";

const FILES_IN_FLIGHT = 4;
const USAGE = "Name the files or folders to import: npm run import -- [--no-suggest] articles/ extra.zip (or --resume <batch id>)";

type Status = "created" | "duplicate" | "failed";
type Line = { file: string; status: Status; id?: string; duplicateOf?: string; copyOf?: string; similarity?: number; reason?: string; earlierRun?: true };
type Batch = { id: string; sources: string[]; recorded: Map<number, RecordedItem> };

async function* filesUnder(target: string): AsyncGenerator<string> {
  if (!(await stat(target)).isDirectory()) {
    yield target;
    return;
  }
  const entries = (await readdir(target, { withFileTypes: true })).sort((first, second) => first.name.localeCompare(second.name));
  for (const entry of entries) {
    if (!entry.name.startsWith(".")) yield* filesUnder(path.join(target, entry.name));
  }
}

function lineOf(file: string, result: EntryResult): Line {
  const earlier = result.earlierRun ? { earlierRun: true as const } : {};
  if (result.status === "FAILED") return { file, status: "failed", reason: result.reason ?? undefined, ...earlier };
  if (result.status === "DUPLICATE") return { file, status: "duplicate", duplicateOf: result.duplicateOfId ?? undefined, ...earlier };
  const copy = result.duplicateOfId ? { copyOf: result.duplicateOfId, similarity: result.similarity ?? undefined } : {};
  return { file, status: "created", id: result.articleId ?? undefined, ...copy, ...earlier };
}

/** The batch to run: the one named by --resume, the interrupted one of the same sources, or a new one. */
async function openBatch(targets: string[], resume: string | undefined): Promise<Batch> {
  const leaseFields = { id: true, status: true, heartbeatAt: true, runner: true, sources: true } as const;
  const sources = targets.map((target) => path.resolve(target));
  const earlier = resume
    ? await db.importBatch.findFirst({ where: { id: resume }, select: leaseFields })
    : await db.importBatch.findFirst({ where: { status: "RUNNING", createdById: null, sources: { equals: sources } }, orderBy: { createdAt: "desc" }, select: leaseFields });
  if (resume && (!earlier || earlier.sources.length === 0)) throw new Error(`No import ${resume} was started with npm run import (one started in the browser is resumed there).`);
  if (earlier) {
    const state = batchState(earlier);
    if (state === "DONE") throw new Error(`Import ${earlier.id} is already complete.`);
    if (state === "RUNNING" || !(await claimInterruptedBatch(db, earlier))) {
      throw new Error(`Import ${earlier.id} of the same files is running in another process (${earlier.runner ?? "unknown"}); wait for it to finish.`);
    }
    const recorded = await recordedItems(plainSql(db), earlier.id);
    console.error(`Resuming the interrupted import ${earlier.id}: ${recorded.size} items were saved before, they are not imported again.`);
    return { id: earlier.id, sources: earlier.sources, recorded };
  }
  const created = await db.importBatch.create({ data: { total: 0, sources, runner: thisRunner, heartbeatAt: new Date() }, select: { id: true } });
  console.error(`Import ${created.id}: if it is interrupted, run the same command again (or npm run import -- --resume ${created.id}) to complete it.`);
  return { id: created.id, sources, recorded: new Map() };
}

runCli(async () => {
  const args = process.argv.slice(2);
  // --no-suggest: a bulk load without the recommenders, several times faster; run them later per article.
  const suggest = !args.includes("--no-suggest");
  const resumeAt = args.indexOf("--resume");
  const resume = resumeAt >= 0 ? args[resumeAt + 1] : undefined;
  const targets = args.filter((argument, index) => argument !== "--no-suggest" && (resumeAt < 0 || (index !== resumeAt && index !== resumeAt + 1)));
  if (resumeAt >= 0 ? !resume || targets.length > 0 : targets.length === 0) throw new Error(USAGE);
  const started = performance.now();
  const counts = { created: 0, duplicate: 0, failed: 0 };
  const database = await prepareDatabase((line) => console.error(line));
  let batchId = "";
  try {
    const batch = await openBatch(targets, resume);
    batchId = batch.id;
    const stopHeartbeat = keepBatchAlive(db, batch.id);
    const maxFileBytes = getEnv().IMPORT_MAX_FILE_MB * 1024 * 1024;
    let position = 0;
    // Several files in flight (the database works while this process cleans the next text), their
    // lines printed in the files' order. Positions follow the files' order, so a resumed run finds
    // each item where the interrupted one left it.
    const inFlight: Promise<Line[]>[] = [];
    const printOldest = async () => {
      for (const line of (await inFlight.shift()) ?? []) {
        console.log(JSON.stringify(line));
        counts[line.status]++;
      }
    };
    try {
      for (const target of batch.sources) {
        const files = await stat(target).then(
          () => filesUnder(target),
          () => null,
        );
        if (!files) {
          console.log(JSON.stringify({ file: target, status: "failed", reason: "No such file or folder." }));
          counts.failed++;
          continue;
        }
        for await (const file of files) {
          const items = await extractDocuments({ filename: path.basename(file), bytes: await readFile(file) }, { maxFileBytes });
          const slots = items.map((item) => ({ item, name: path.join(path.dirname(file), item.filename), slot: { batchId: batch.id, position: position++ } }));
          for (const { item, slot } of slots) assertSameEntries(batch.recorded, slot.position, item.filename);
          await growBatchTotal(plainSql(db), batch.id, position);
          const lines = (async () => {
            const results: Line[] = [];
            for (const { item, name, slot } of slots) {
              results.push(lineOf(name, await importBatchEntry(db, item, slot, null, batch.recorded.get(slot.position), { suggest })));
            }
            return results;
          })();
          lines.catch(() => undefined); // awaited in turn below; not an unhandled rejection meanwhile
          inFlight.push(lines);
          if (inFlight.length >= FILES_IN_FLIGHT) await printOldest();
        }
      }
      while (inFlight.length > 0) await printOldest();
      await finishBatch(db, batch.id);
    } finally {
      stopHeartbeat();
    }
  } finally {
    await database.release();
  }
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  console.log(JSON.stringify({ summary: { ...counts, total: counts.created + counts.duplicate + counts.failed, seconds, batch: batchId } }));
  return counts.failed > 0 ? 1 : 0;
});
