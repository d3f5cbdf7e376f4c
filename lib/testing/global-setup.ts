// Global setup of the integration project: a throwaway database, migrated and seeded like a new
// install (starter taxonomy + demo data). By default an embedded PostgreSQL in a fresh temp
// directory; with TEST_DATABASE_URL, a new database on that server instead (the role needs
// CREATEDB). Tests get its URL with inject("databaseUrl"); teardown removes it all.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/demo/seed-demo";
import { ensureStarterTaxonomy } from "@/lib/taxonomy/starter-taxonomy";
import { createTempDatabase } from "@/lib/testing/temp-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { url, teardown } = await (process.env.TEST_DATABASE_URL ? onExternalServer(process.env.TEST_DATABASE_URL) : onEmbeddedServer());
  try {
    await migrate(url);
    const db = createPrismaClient(url);
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

  project.provide("databaseUrl", url);
  return teardown;
}

type TestDatabase = { url: string; teardown: () => Promise<void> };

async function onExternalServer(serverUrl: string): Promise<TestDatabase> {
  const database = await createTempDatabase(serverUrl, "suite");
  return { url: database.url, teardown: database.drop };
}

async function onEmbeddedServer(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cms-test-db-"));
  // mkdtemp creates a private (0700) directory; run as root, PostgreSQL runs as the `postgres` user and
  // must be able to enter it. The credentials file inside stays readable by its owner only.
  await chmod(dir, 0o755);
  const server = await startEmbeddedPostgres(dir);
  return {
    url: server.url,
    teardown: async () => {
      await server.release();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
