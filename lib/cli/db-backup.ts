// `npm run db:backup [-- --out <file>]`: a custom-format pg_dump of the configured database (the running
// app's embedded one is shared, or started), by default to backups/cms-<time>.dump.
import { resolveDatabase } from "@/lib/db/connection";
import { backupDatabase, defaultBackupFile } from "@/lib/db/backup";
import { runCli } from "@/lib/cli/run";

runCli(async () => {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  const file = outAt >= 0 ? args[outAt + 1] : defaultBackupFile();
  if (!file || args.some((arg, index) => arg !== "--out" && index !== outAt + 1)) throw new Error("Usage: npm run db:backup [-- --out <file>]");
  const database = await resolveDatabase();
  try {
    const result = await backupDatabase(database.url, file);
    const megabytes = (result.bytes / 1024 / 1024).toFixed(1);
    console.log(`Backup written to ${result.file} (${megabytes} MB, ${result.seconds.toFixed(1)} s; PostgreSQL ${result.serverVersion}, pg_dump ${result.pgDumpVersion}).`);
  } finally {
    await database.release();
  }
});
