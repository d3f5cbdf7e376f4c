// The server's purge: once when it starts, then every hour, on its own connection pool. Failures are
// logged and the next run tries again.
import "server-only";
import { createPrismaClient } from "@/lib/db/client";
import { purgeTrash } from "@/lib/trash/purge-trash";

const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** Starts purging; the returned function stops it and closes its connections. */
export function schedulePurge(databaseUrl: string, log: (line: string) => void): () => Promise<void> {
  const client = createPrismaClient(databaseUrl);
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = purgeTrash(client).then(
      (report) => {
        if (report.purged.length > 0) log(`Trash: purged ${report.purged.length} item(s) deleted before ${report.cutoff.toISOString()}.`);
      },
      (error: unknown) => log(`Trash: the purge failed (${error instanceof Error ? error.message : String(error)}); it runs again in an hour.`),
    );
  };
  run();
  const timer = setInterval(run, PURGE_INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await client.$disconnect();
  };
}
