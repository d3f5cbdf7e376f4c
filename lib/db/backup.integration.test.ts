// `npm run db:backup` then `npm run db:restore` into another fresh database gives back the same data:
// every table's rows, the original uploads byte for byte (one in Latin-1, not UTF-8), the audit log,
// still append-only, and the migrations' history. A restore refuses a database holding data unless
// told, and a failed one leaves the database as it was. pg_dump is required: CI installs it.
import { execFile } from "node:child_process";
import { cp, mkdtemp, rm, stat, truncate } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { restoreDatabase } from "@/lib/db/backup";
import { createPrismaClient } from "@/lib/db/client";
import { defaultMigrationsDir, loadMigrations, migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/demo/seed-demo";
import { importTrustedDocument } from "@/lib/ingest/import-article";
import { ensureStarterTaxonomy } from "@/lib/taxonomy/starter-taxonomy";
import { createTempDatabase, withClient, type TempDatabase } from "@/lib/testing/temp-database";

// Each test runs pg_dump, pg_restore and psql, and starts the commands with tsx: seconds each on a busy machine.
const COMMANDS_TIMEOUT = 120_000;

let source: TempDatabase;
let target: TempDatabase;
let folder: string;
const latin1 = Buffer.from("Coopération sécuritaire à Rabat : la DGST et la DGSI renforcent leurs échanges.", "latin1");

beforeAll(async () => {
  [source, target] = await Promise.all([createTempDatabase(inject("databaseUrl"), "backup_source"), createTempDatabase(inject("databaseUrl"), "backup_target")]);
  folder = await mkdtemp(path.join(os.tmpdir(), "cms-backup-"));
  await migrate(source.url);
  const db = createPrismaClient(source.url);
  try {
    await ensureStarterTaxonomy(db);
    await seedDemo(db);
    const text = latin1.toString("latin1");
    await importTrustedDocument(db, { filename: "latin1.txt", mediaType: "text/plain", bytes: latin1, text }, null, undefined, { suggest: false });
  } finally {
    await db.$disconnect();
  }
}, 120_000);

afterAll(async () => {
  await Promise.all([source?.drop(), target?.drop()]);
  await rm(folder, { recursive: true, force: true });
});

async function runCommand(script: string, databaseUrl: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "--conditions=react-server", script, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return stdout;
}

type Snapshot = { counts: Record<string, number>; uploads: unknown[]; audit: unknown[]; migrations: unknown[] };

async function snapshot(url: string): Promise<Snapshot> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    const counts: Record<string, number> = {};
    for (const { tablename } of tables) counts[tablename] = Number((await client.query<{ count: string }>(`SELECT count(*) FROM "${tablename}"`)).rows[0]?.count);
    const uploads = (await client.query(`SELECT "articleId", filename, sha256, encode(sha256(bytes), 'hex') AS actual FROM article_uploads ORDER BY "articleId"`)).rows;
    const audit = (await client.query("SELECT * FROM audit_log ORDER BY id")).rows;
    const migrations = (await client.query("SELECT * FROM _app_migrations ORDER BY name")).rows;
    return { counts, uploads, audit, migrations };
  });
}

describe("backup and restore", () => {
  it("restores into a fresh database exactly what was backed up, the audit log still append-only", { timeout: COMMANDS_TIMEOUT }, async () => {
    const file = path.join(folder, "round-trip.dump");
    const backedUp = await runCommand("lib/cli/db-backup.ts", source.url, "--out", file);
    expect(backedUp).toMatch(`Backup written to ${file}`);
    expect((await stat(file)).size).toBeGreaterThan(0);

    const restored = await runCommand("lib/cli/db-restore.ts", target.url, file);
    expect(restored).toMatch("The audit log's protections are in place.");

    const [before, after] = await Promise.all([snapshot(source.url), snapshot(target.url)]);
    expect(Object.keys(after.counts).length).toBeGreaterThan(20);
    expect(after.counts.articles).toBe(6);
    expect(after.counts).toEqual(before.counts);
    expect(after.uploads).toEqual(before.uploads);
    for (const upload of after.uploads as { sha256: string; actual: string }[]) expect(upload.actual).toBe(upload.sha256);
    expect(after.audit.length).toBeGreaterThan(0);
    expect(after.audit).toEqual(before.audit);
    expect(after.migrations).toEqual(before.migrations);

    const latin1Upload = await withClient(target.url, (client) => client.query<{ bytes: Buffer }>("SELECT bytes FROM article_uploads WHERE filename = 'latin1.txt'"));
    expect(latin1Upload.rows[0]?.bytes.equals(latin1)).toBe(true);
    await withClient(target.url, async (client) => {
      await expect(client.query("UPDATE audit_log SET action = 'tampered'")).rejects.toThrow("audit_log is append-only: UPDATE refused");
      await expect(client.query("TRUNCATE audit_log")).rejects.toThrow("audit_log is append-only: TRUNCATE refused");
    });
  });

  it("refuses to replace a database holding data unless told, rolls back a restore that fails midway, and replaces it when told", { timeout: COMMANDS_TIMEOUT }, async () => {
    const file = path.join(folder, "refusal.dump");
    await runCommand("lib/cli/db-backup.ts", source.url, "--out", file);
    const before = await snapshot(target.url);
    await expect(restoreDatabase(target.url, file, { replace: false })).rejects.toThrow(/is not empty: 4 users, 6 articles, 6 article_uploads, .* would be replaced/);

    // The archive's table of contents is intact, its data cut short: pg_restore fails partway through.
    await truncate(file, Math.floor((await stat(file)).size * 0.8));
    await expect(restoreDatabase(target.url, file, { replace: true })).rejects.toThrow("The restore failed and was rolled back; the database is unchanged.");
    expect(await snapshot(target.url)).toEqual(before);

    // Replacing a database whose audit log holds entries: dropping its tables fires no trigger.
    const good = path.join(folder, "replace.dump");
    await runCommand("lib/cli/db-backup.ts", source.url, "--out", good);
    const replaced = await restoreDatabase(target.url, good, { replace: true });
    expect(replaced.replaced.audit_log).toBeGreaterThan(0);
    expect((await snapshot(target.url)).audit).toEqual((await snapshot(source.url)).audit);
  });

  it("brings a backup of an older version up to date with the migrations made since", { timeout: COMMANDS_TIMEOUT }, async () => {
    const older = await createTempDatabase(inject("databaseUrl"), "backup_older");
    const fresh = await createTempDatabase(inject("databaseUrl"), "backup_fresh");
    try {
      const names = (await loadMigrations()).map((migration) => migration.name);
      const firstOnes = path.join(folder, "older-migrations");
      for (const name of names.slice(0, 2)) await cp(path.join(defaultMigrationsDir, name), path.join(firstOnes, name), { recursive: true });
      await migrate(older.url, firstOnes);
      const file = path.join(folder, "older.dump");
      await runCommand("lib/cli/db-backup.ts", older.url, "--out", file);
      const result = await restoreDatabase(fresh.url, file, { replace: false });
      expect(result.appliedMigrations).toEqual(names.slice(2));
    } finally {
      await Promise.all([older.drop(), fresh.drop()]);
    }
  });
});
