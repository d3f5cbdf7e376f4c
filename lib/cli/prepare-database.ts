// What every entry point does before using the database: resolve it, migrate it, insert the starter taxonomy.
import { createPrismaClient, setAppDatabaseUrl } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/connection";
import type { EmbeddedServer } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { ensureStarterTaxonomy } from "@/lib/taxonomy/starter-taxonomy";

export async function prepareDatabase(log: (line: string) => void = () => undefined): Promise<EmbeddedServer> {
  const server = await resolveDatabase();
  try {
    setAppDatabaseUrl(server.url);
    const { applied } = await migrate(server.url);
    if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
    const db = createPrismaClient(server.url);
    try {
      await ensureStarterTaxonomy(db);
    } finally {
      await db.$disconnect();
    }
    return server;
  } catch (error) {
    await server.release();
    throw error;
  }
}
