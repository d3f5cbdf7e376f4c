// `npm run import -- [--no-suggest] <files or folders…>`: bulk import from the server's shell into the
// configured database (the running app's embedded one is shared), with suggestions unless told not to.
// Prints one JSON line per item and a summary line; exits with 1 when an item failed, so scripts can tell.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { runCli } from "@/lib/cli/run";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { extractDocuments } from "@/lib/ingest/extraction";
import { db } from "@/lib/db";
import { importTrustedDocument } from "@/lib/ingest/import-article";

const FILES_IN_FLIGHT = 4;

type Line = { file: string; status: "created" | "duplicate" | "failed"; id?: string; duplicateOf?: string; copyOf?: string; similarity?: number; reason?: string };

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

async function importFile(file: string, maxFileBytes: number, suggest: boolean): Promise<Line[]> {
  const items = await extractDocuments({ filename: path.basename(file), bytes: await readFile(file) }, { maxFileBytes });
  const lines: Line[] = [];
  for (const item of items) {
    const name = path.join(path.dirname(file), item.filename);
    if (!item.ok) {
      lines.push({ file: name, status: "failed", reason: item.reason });
      continue;
    }
    try {
      const outcome = await importTrustedDocument(db, item, null, undefined, { suggest });
      lines.push(
        outcome.status === "created"
          ? { file: name, status: "created", id: outcome.id, ...(outcome.copyOf && { copyOf: outcome.copyOf.id, similarity: outcome.copyOf.similarity }) }
          : { file: name, status: "duplicate", duplicateOf: outcome.duplicateOf },
      );
    } catch (error) {
      lines.push({ file: name, status: "failed", reason: error instanceof AppError ? error.message : `Unexpected error: ${(error as Error).message}` });
    }
  }
  return lines;
}

runCli(async () => {
  // --no-suggest: a bulk load without the recommenders, several times faster; run them later per article.
  const suggest = !process.argv.includes("--no-suggest");
  const targets = process.argv.slice(2).filter((argument) => argument !== "--no-suggest");
  if (targets.length === 0) throw new Error("Name the files or folders to import: npm run import -- [--no-suggest] articles/ extra.zip");
  const started = performance.now();
  const counts = { created: 0, duplicate: 0, failed: 0 };
  const database = await prepareDatabase((line) => console.error(line));
  try {
    const maxFileBytes = getEnv().IMPORT_MAX_FILE_MB * 1024 * 1024;
    for (const target of targets) {
      const files = await stat(target).then(
        () => filesUnder(target),
        () => null,
      );
      if (!files) {
        console.log(JSON.stringify({ file: target, status: "failed", reason: "No such file or folder." }));
        counts.failed++;
        continue;
      }
      // Several files in flight (the database works while this process cleans the next text), their
      // lines printed in the files' order.
      const inFlight: Promise<Line[]>[] = [];
      const printOldest = async () => {
        for (const line of (await inFlight.shift()) ?? []) {
          console.log(JSON.stringify(line));
          counts[line.status]++;
        }
      };
      for await (const file of files) {
        const lines = importFile(file, maxFileBytes, suggest);
        lines.catch(() => undefined); // awaited in turn below; not an unhandled rejection meanwhile
        inFlight.push(lines);
        if (inFlight.length >= FILES_IN_FLIGHT) await printOldest();
      }
      while (inFlight.length > 0) await printOldest();
    }
  } finally {
    await database.release();
  }
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  console.log(JSON.stringify({ summary: { ...counts, total: counts.created + counts.duplicate + counts.failed, seconds } }));
  return counts.failed > 0 ? 1 : 0;
});
