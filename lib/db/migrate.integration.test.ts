// The offline migration runner against real databases: idempotent, safe when two processes start at
// once, and refusing any history it cannot vouch for.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { defaultMigrationsDir, loadMigrations, migrate } from "@/lib/db/migrate";
import { createTempDatabase, withClient, type TempDatabase } from "@/lib/testing/temp-database";

const serverUrl = inject("databaseUrl");
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function freshDatabase(): Promise<TempDatabase> {
  const database = await createTempDatabase(serverUrl, "migrate");
  cleanups.push(database.drop);
  return database;
}

/** A copy of prisma/migrations, plus extra migrations (name → SQL), that a test may edit freely. */
async function migrationsCopy(extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cms-migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(defaultMigrationsDir, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function appliedNames(url: string): Promise<string[]> {
  const { rows } = await withClient(url, (client) => client.query<{ name: string }>("SELECT name FROM _app_migrations ORDER BY name"));
  return rows.map((row) => row.name);
}

const allNames = async (dir?: string) => (await loadMigrations(dir)).map((migration) => migration.name);

describe("migrate()", () => {
  it("applies every migration once; a second run applies nothing", async () => {
    const { url } = await freshDatabase();
    const names = await allNames();
    expect(names.length).toBeGreaterThan(0);

    expect(await migrate(url)).toEqual({ applied: names, alreadyApplied: 0 });
    expect(await migrate(url)).toEqual({ applied: [], alreadyApplied: names.length });
    expect(await appliedNames(url)).toEqual(names);
  });

  it("lets two concurrent runs on a fresh database both succeed, each migration applied once", async () => {
    const { url } = await freshDatabase();
    // A slow first migration makes the two runs overlap for certain: without the advisory lock both
    // would apply it and then collide on CREATE TYPE/TABLE of the next one.
    const dir = await migrationsCopy({ "20000101000000_slow_start": "SELECT pg_sleep(0.5);" });
    const names = await allNames(dir);

    // allSettled: both runs finish before the database is dropped, and a failure shows its message.
    const results = await Promise.allSettled([migrate(url, dir), migrate(url, dir)]);
    const outcomes = results.map((result) => (result.status === "fulfilled" ? result.value.applied.length : String(result.reason)));

    expect(outcomes).toContain(0);
    expect(outcomes).toContain(names.length);
    expect(await appliedNames(url)).toEqual(names);
  });

  it("accepts an applied migration checked out with CRLF line endings", async () => {
    const { url } = await freshDatabase();
    const dir = await migrationsCopy();
    await migrate(url, dir);
    for (const name of await allNames(dir)) {
      const file = path.join(dir, name, "migration.sql");
      await writeFile(file, (await readFile(file, "utf8")).replace(/\r?\n/g, "\r\n"));
    }
    expect((await migrate(url, dir)).applied).toEqual([]);
  });

  it("refuses a migration edited after it was applied, with a clear message", async () => {
    const { url } = await freshDatabase();
    const dir = await migrationsCopy();
    await migrate(url, dir);
    const [first] = await allNames(dir);
    const file = path.join(dir, String(first), "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\nCREATE TABLE sneaked_in (id int);\n`);

    await expect(migrate(url, dir)).rejects.toThrow(`Migration ${first} was edited after it was applied. Restore its original text and add a new migration instead.`);
    const { rows } = await withClient(url, (client) => client.query("SELECT to_regclass('public.sneaked_in') AS table"));
    expect(rows[0]).toEqual({ table: null });
  });

  it("refuses a database that has a migration this code does not know", async () => {
    const { url } = await freshDatabase();
    await migrate(url, await migrationsCopy({ "20991231000000_from_the_future": "CREATE TABLE future_feature (id int);" }));

    await expect(migrate(url)).rejects.toThrow(
      "The database has migration 20991231000000_from_the_future, which this version of the app does not know: it is newer than the code.",
    );
  });

  it("rolls a failing migration back entirely and keeps the ones before it", async () => {
    const { url } = await freshDatabase();
    const broken = "20991231000000_broken";
    const dir = await migrationsCopy({
      [broken]: "CREATE TABLE half_done (id int);\nINSERT INTO half_done VALUES (1);\nSELECT 1 / 0;",
    });

    await expect(migrate(url, dir)).rejects.toThrow(`Migration ${broken} failed and was rolled back: division by zero`);
    const { rows } = await withClient(url, (client) => client.query("SELECT to_regclass('public.half_done') AS table"));
    expect(rows[0]).toEqual({ table: null });
    expect(await appliedNames(url)).toEqual(await allNames());
  });
});
