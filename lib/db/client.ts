// Builds a Prisma client for a connection string; lib/db.ts holds the app's single instance, and
// command-line tools build their own for the database they resolved.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv, requireDatabaseUrl } from "@/lib/env";

// Set by command-line entry points once they have resolved the database (embedded or DATABASE_URL),
// so the app's shared client (lib/db.ts) connects there too.
let resolvedDatabaseUrl: string | undefined;

export function setAppDatabaseUrl(url: string): void {
  resolvedDatabaseUrl = url;
}

export function createPrismaClient(connectionString: string = resolvedDatabaseUrl ?? requireDatabaseUrl()) {
  const adapter = new PrismaPg({ connectionString, max: 10 });
  return new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true } },
    // Errors are not logged here: callers handle them, and lib/api/errors.ts logs the unexpected ones.
    log: getEnv().LOG_QUERIES ? ["query", "warn"] : ["warn"],
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
