// `npm run db:restore -- <file> [--yes]`: replaces the configured database's contents with a backup
// made by `npm run db:backup`, all or nothing, then migrates it. Refuses a database that holds data
// unless --yes, and one the app is connected to.
import { resolveDatabase } from "@/lib/db/connection";
import { restoreDatabase } from "@/lib/db/backup";
import { runCli } from "@/lib/cli/run";

runCli(async () => {
  const args = process.argv.slice(2);
  const replace = args.includes("--yes");
  const files = args.filter((arg) => arg !== "--yes");
  if (files.length !== 1 || files[0]?.startsWith("-")) throw new Error("Usage: npm run db:restore -- <backup file> [--yes]");
  const database = await resolveDatabase();
  try {
    const result = await restoreDatabase(database.url, String(files[0]), { replace });
    const migrations = result.appliedMigrations.length ? ` Migrations applied since the backup: ${result.appliedMigrations.join(", ")}.` : "";
    console.log(`Restored ${files[0]} in ${result.seconds.toFixed(1)} s.${migrations} The audit log's protections are in place.`);
  } finally {
    await database.release();
  }
});
