// Global setup of the integration project: a throwaway PostgreSQL in a fresh temp directory, migrated
// and seeded like a new install (starter taxonomy + demo data). Tests get its URL with
// inject("databaseUrl"); teardown stops the server and deletes the directory.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/demo/seed-demo";
import { ensureStarterTaxonomy } from "@/lib/taxonomy/starter-taxonomy";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cms-test-db-"));
  // mkdtemp creates a private (0700) directory; run as root, PostgreSQL runs as the `postgres` user and
  // must be able to enter it. The credentials file inside stays readable by its owner only.
  await chmod(dir, 0o755);
  const server = await startEmbeddedPostgres(dir);
  const teardown = async () => {
    await server.release();
    await rm(dir, { recursive: true, force: true });
  };

  try {
    await migrate(server.url);
    const db = createPrismaClient(server.url);
    try {
      await ensureStarterTaxonomy(db);
      await seedDemo(db);
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    await teardown();
    throw error;
  }

  project.provide("databaseUrl", server.url);
  return teardown;
}
