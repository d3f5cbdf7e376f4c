// Builds a Prisma client for a connection string; lib/db.ts holds the app's single instance, and
// command-line tools build their own for the database they resolved.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv, requireDatabaseUrl } from "@/lib/env";

// Set by command-line entry points once they have resolved the database (embedded or DATABASE_URL),
// so the app's shared client (lib/db.ts) connects there too.
let resolvedDatabaseUrl: string | undefined;

export function setAppDatabaseUrl(url: string): void {
  resolvedDatabaseUrl = url;
}

// The client's connection pool, for the few hot paths that run plain SQL (lib/db/plain-sql.ts). A
// registered symbol: Next.js bundles this module once per layer (pages, route handlers), and the
// client, kept on globalThis, may come from another layer's copy.
const connectionPool = Symbol.for("dossier-cms.connectionPool");

export function createPrismaClient(connectionString: string = resolvedDatabaseUrl ?? requireDatabaseUrl()) {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection the server closed (a restart, the embedded server stopping) is dropped by the
  // pool and replaced on the next query; unhandled, the event would end the process.
  pool.on("error", () => undefined);
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    omit: { user: { passwordHash: true } },
    // Errors are not logged here: callers handle them, and lib/api/errors.ts logs the unexpected ones.
    log: getEnv().LOG_QUERIES ? ["query", "warn"] : ["warn"],
  });
  Object.defineProperty(client, connectionPool, { value: pool });
  return client;
}

export type Database = ReturnType<typeof createPrismaClient>;

export function poolOf(client: Database): pg.Pool {
  const pool: unknown = Reflect.get(client, connectionPool);
  if (!pool) throw new Error("This database client was not made by createPrismaClient.");
  return pool as pg.Pool;
}

const indexOnlyPool = Symbol.for("dossier-cms.indexOnlyPool");

/**
 * A second, small pool whose sessions never scan a whole table nor start parallel workers, for the
 * statements that must be read through their indexes (large searches, lib/articles/search-articles.ts):
 * set once per connection instead of SET LOCAL in a transaction around each statement, which cost
 * three more round trips per statement. Idle, it lets the process exit.
 */
export function indexOnlyPoolOf(client: Database): pg.Pool {
  // Kept on the client's own pool: `client` may be lib/db.ts' proxy.
  const main = poolOf(client);
  const existing: unknown = Reflect.get(main, indexOnlyPool);
  if (existing) return existing as pg.Pool;
  const pool = new pg.Pool({ connectionString: main.options.connectionString, max: 4, allowExitOnIdle: true, options: "-c enable_seqscan=off -c max_parallel_workers_per_gather=0" });
  pool.on("error", () => undefined);
  Object.defineProperty(main, indexOnlyPool, { value: pool });
  return pool;
}
