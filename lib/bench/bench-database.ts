// Benchmarks run in databases of their own on the configured server (embedded or DATABASE_URL), never
// in the app's: `bench_<name>`, migrated like any other and kept between runs so a large corpus is
// generated once.
import pg from "pg";
import { resolveDatabase } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { ensureStarterTaxonomy } from "@/lib/taxonomy/starter-taxonomy";
import { createPrismaClient } from "@/lib/db/client";

export type BenchDatabase = { url: string; release: () => Promise<void> };

export async function openBenchDatabase(name: string, { fresh = false } = {}): Promise<BenchDatabase> {
  const server = await resolveDatabase();
  const database = `bench_${name}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  try {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(server.url);
  url.pathname = `/${database}`;
  await migrate(url.toString());
  const db = createPrismaClient(url.toString());
  await ensureStarterTaxonomy(db);
  await db.$disconnect();
  return { url: url.toString(), release: server.release };
}
