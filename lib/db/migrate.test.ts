// Checksums and migration discovery, without a database: what decides that an applied migration was edited.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checksumOf, loadMigrations } from "@/lib/db/migrate";

describe("checksumOf", () => {
  it("is a SHA-256 hex digest of the text", () => {
    expect(checksumOf("SELECT 1;\n")).toMatch(/^[0-9a-f]{64}$/);
    expect(checksumOf("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("ignores CRLF versus LF line endings, so a Windows checkout is not an edit", () => {
    expect(checksumOf("CREATE TABLE a (id int);\r\nCREATE TABLE b (id int);\r\n")).toBe(checksumOf("CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n"));
  });

  it("changes with any other change, even whitespace or a comment", () => {
    const original = checksumOf("CREATE TABLE a (id int);\n");
    expect(checksumOf("CREATE TABLE a (id bigint);\n")).not.toBe(original);
    expect(checksumOf("CREATE TABLE a (id int); \n")).not.toBe(original);
    expect(checksumOf("CREATE TABLE a (id int);\n-- note\n")).not.toBe(original);
    expect(checksumOf("CREATE TABLE a (id int);\r")).not.toBe(checksumOf("CREATE TABLE a (id int);\n"));
  });
});

describe("loadMigrations", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("reads <14-digit timestamp>_<name>/migration.sql folders in order and skips anything else", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "cms-migrations-unit-"));
    const folders = { "20260102000000_second": "SELECT 2;\r\n", "20260101000000_first": "SELECT 1;\n", "2026_too_short": "x", "20260103000000_Upper": "x" };
    for (const [name, sql] of Object.entries(folders)) {
      await mkdir(path.join(dir, name));
      await writeFile(path.join(dir, name, "migration.sql"), sql);
    }
    await writeFile(path.join(dir, "20260104000000_a_file_not_a_folder"), "x");

    expect(await loadMigrations(dir)).toEqual([
      { name: "20260101000000_first", sql: "SELECT 1;\n", checksum: checksumOf("SELECT 1;\n") },
      { name: "20260102000000_second", sql: "SELECT 2;\r\n", checksum: checksumOf("SELECT 2;\n") },
    ]);
  });

  it("finds the project's own migrations", async () => {
    const migrations = await loadMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations[0]?.name).toMatch(/^\d{14}_init$/);
  });
});
