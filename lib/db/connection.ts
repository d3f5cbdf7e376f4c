// Resolves the database every entry point uses: DATABASE_URL when set (never starting the embedded
// server then), otherwise the embedded PostgreSQL in DATA_DIR, shared with any process already running it.
import pg from "pg";
import { getEnv } from "@/lib/env";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";

export async function resolveDatabase(): Promise<EmbeddedServer> {
  const { DATABASE_URL, DATA_DIR } = getEnv();
  if (!DATABASE_URL) return startEmbeddedPostgres(DATA_DIR);
  await assertReachable(DATABASE_URL);
  return { url: DATABASE_URL, release: async () => undefined };
}

/** One short-lived connection, for tools that run a few statements (backups, tests). */
export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const { hostname, port, pathname } = new URL(url);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new Error(`Cannot reach the PostgreSQL database ${pathname.slice(1)} at ${hostname}:${port || 5432} (${reason}). Check DATABASE_URL.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
