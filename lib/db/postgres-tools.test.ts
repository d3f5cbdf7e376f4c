import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findPostgresTools, parseToolVersion, splitPassword } from "@/lib/db/postgres-tools";

let folder: string | undefined;
afterAll(() => (folder ? rm(folder, { recursive: true, force: true }) : undefined));

describe("PostgreSQL client tools", () => {
  it("reads the version pg_dump prints", () => {
    expect(parseToolVersion("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)")).toEqual({ major: 15, version: "15.18" });
    expect(parseToolVersion("pg_dump (PostgreSQL) 18devel")).toEqual({ major: 18, version: "18" });
    expect(parseToolVersion("command not found")).toBeUndefined();
  });

  it("keeps the password out of the connection string", () => {
    expect(splitPassword("postgresql://cms:p%40ss%2Fword@127.0.0.1:5432/cms?sslmode=require")).toEqual({
      url: "postgresql://cms@127.0.0.1:5432/cms?sslmode=require",
      password: "p@ss/word",
    });
  });

  it("refuses a pg_dump older than the server, saying which version is needed and how to get it", async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "pg-tools-"));
    for (const tool of ["pg_dump", "pg_restore", "psql"]) {
      await writeFile(path.join(folder, tool), '#!/bin/sh\necho "pg_dump (PostgreSQL) 14.2"\n');
      await chmod(path.join(folder, tool), 0o755);
    }
    process.env.PG_BIN_DIR = folder;
    await expect(findPostgresTools(15)).rejects.toThrow(/runs PostgreSQL 15, but the newest pg_dump found .* is 14\.2: pg_dump 15 or later is needed\. On Debian or Ubuntu: apt-get install postgresql-client/);
    await expect(findPostgresTools(14)).resolves.toMatchObject({ major: 14, pg_dump: path.join(folder, "pg_dump") });
  });
});
