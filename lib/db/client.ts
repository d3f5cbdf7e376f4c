// Builds a Prisma client for a connection string; lib/db.ts holds the app's single instance, and
// command-line tools build their own for the database they resolved.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv, requireDatabaseUrl } from "@/lib/env";

export function createPrismaClient(connectionString: string = requireDatabaseUrl()) {
  const adapter = new PrismaPg({ connectionString, max: 10 });
  return new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true } },
    log: getEnv().LOG_QUERIES ? ["query", "warn", "error"] : ["warn", "error"],
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
