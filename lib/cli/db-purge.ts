// `npm run db:purge [-- --dry-run]`: removes for good what has been in the trash longer than the
// retention (the server also does it at start and hourly). Prints one JSON line per item and a summary.
import { createPrismaClient } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { runCli } from "@/lib/cli/run";
import { purgeTrash } from "@/lib/trash/purge-trash";

runCli(async () => {
  const dryRun = process.argv.slice(2).includes("--dry-run");
  const database = await prepareDatabase((line) => console.error(line));
  const db = createPrismaClient(database.url);
  try {
    const report = await purgeTrash(db, { dryRun });
    const line = (item: { kind: string; id: string; label: string; deletedAt: Date }, status: string, reason?: string) =>
      console.log(JSON.stringify({ kind: item.kind, id: item.id, title: item.label, deletedAt: item.deletedAt.toISOString(), status, ...(reason ? { reason } : {}) }));
    for (const item of report.purged) line(item, dryRun ? "would-purge" : "purged");
    for (const item of report.kept) line(item, "kept", item.reason);
    console.log(JSON.stringify({ dryRun, cutoff: report.cutoff.toISOString(), [dryRun ? "wouldPurge" : "purged"]: report.purged.length, kept: report.kept.length }));
  } finally {
    await db.$disconnect();
    await database.release();
  }
});
