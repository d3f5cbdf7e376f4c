// `npm run import` as a person runs it: one JSON line per item and a summary, into a fresh database;
// running it again imports nothing twice; a failed item sets the exit code.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTempDatabase, withClient, type TempDatabase } from "@/lib/testing/temp-database";

let database: TempDatabase;
let folder: string;

beforeAll(async () => {
  database = await createTempDatabase(inject("databaseUrl"), "cli_import");
  folder = await mkdtemp(path.join(os.tmpdir(), "cli-import-"));
  await writeFile(path.join(folder, "a.txt"), "La coopération sécuritaire entre le Maroc et la France a franchi une nouvelle étape à Rabat.");
  await writeFile(path.join(folder, "b.md"), "# Exercice\n\nLes forces armées royales et américaines ont conduit l'exercice African Lion dans le sud du Maroc.");
  await writeFile(path.join(folder, "vide.txt"), "");
});

afterAll(async () => {
  await database?.drop();
  await rm(folder, { recursive: true, force: true });
});

type Run = { lines: Record<string, unknown>[]; code: number };

async function runImport(...targets: string[]): Promise<Run> {
  const result = await promisify(execFile)(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/cli/import.ts", ...targets], {
    env: { ...process.env, DATABASE_URL: database.url },
  }).then(
    ({ stdout }) => ({ stdout, code: 0 }),
    (error: { stdout: string; code: number }) => ({ stdout: error.stdout, code: error.code }),
  );
  return { lines: result.stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>), code: result.code };
}

describe("npm run import", () => {
  it("prints a line per item and a summary, exits 1 when an item failed, and is idempotent", async () => {
    const first = await runImport(folder);
    expect(first.code).toBe(1);
    expect(first.lines.slice(0, 3).map(({ file, status }) => [path.basename(String(file)), status])).toEqual([
      ["a.txt", "created"],
      ["b.md", "created"],
      ["vide.txt", "failed"],
    ]);
    expect(first.lines[2]).toMatchObject({ reason: "The file is empty." });
    expect(first.lines[3]).toMatchObject({ summary: { created: 2, duplicate: 0, failed: 1, total: 3 } });

    const again = await runImport(path.join(folder, "a.txt"), path.join(folder, "b.md"));
    expect(again.code).toBe(0);
    expect(again.lines.slice(0, 2)).toEqual([
      { file: path.join(folder, "a.txt"), status: "duplicate", duplicateOf: first.lines[0]?.id },
      { file: path.join(folder, "b.md"), status: "duplicate", duplicateOf: first.lines[1]?.id },
    ]);
    const count = await withClient(database.url, (client) => client.query<{ count: string }>("SELECT count(*) FROM articles"));
    expect(Number(count.rows[0]?.count)).toBe(2);
  });
});
