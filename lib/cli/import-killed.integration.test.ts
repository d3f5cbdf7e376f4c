// `npm run import` killed with SIGKILL midway leaves no partial article, and the same command again
// completes the batch: every article exactly once, each with its upload, revisions, fingerprint and
// suggestions, the batch done.
import { execFile, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { createTempDatabase, withClient, type TempDatabase } from "@/lib/testing/temp-database";

const ARTICLES = 200;
const COMMAND = [process.execPath, "--import", "tsx", "--conditions=react-server", "lib/cli/import.ts"] as const;
const WORDS = ["coopération", "sécuritaire", "Rabat", "Paris", "Washington", "renseignement", "exercice", "frontière", "ministre", "accord", "terrorisme", "Sahel"];

let database: TempDatabase;
let folder: string;

// Distinct texts (no exact or near duplicates), a few hundred words each.
function articleText(index: number): string {
  const words = Array.from({ length: 300 }, () => `${WORDS[Math.floor(Math.random() * WORDS.length)]}${Math.floor(Math.random() * 10_000)}`);
  return `Dépêche ${index} ${randomUUID()}\n\n${words.join(" ")}.`;
}

beforeAll(async () => {
  database = await createTempDatabase(inject("databaseUrl"), "import_killed");
  await migrate(database.url); // the command migrates too; done here so it starts importing at once
  folder = await mkdtemp(path.join(os.tmpdir(), "import-killed-"));
  for (let index = 0; index < ARTICLES; index++) await writeFile(path.join(folder, `${String(index).padStart(3, "0")}.txt`), articleText(index));
});

afterAll(async () => {
  await database?.drop();
  await rm(folder, { recursive: true, force: true });
});

const count = (sql: string) => withClient(database.url, async (client) => Number((await client.query<{ count: string }>(sql)).rows[0]?.count));

async function killOnceSomeAreImported(): Promise<number> {
  const child = spawn(COMMAND[0], [...COMMAND.slice(1), folder], { env: { ...process.env, DATABASE_URL: database.url }, stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  const deadline = Date.now() + 45_000; // tsx, migrations check and the first imports, on a loaded machine
  while ((await count("SELECT count(*) FROM articles")) < 20) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("The import did not start importing in time.");
    await sleep(25);
  }
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  return count("SELECT count(*) FROM articles");
}

describe("an import killed midway", () => {
  it("leaves whole articles only, and running it again completes the batch without importing anything twice", { timeout: 120_000 }, async () => {
    const saved = await killOnceSomeAreImported();
    expect(saved).toBeGreaterThanOrEqual(20);
    expect(saved).toBeLessThan(ARTICLES);

    // Every article that exists is whole, and recorded in its batch, which shows as interrupted.
    const partial = await count(`
      SELECT count(*) FROM articles a
       WHERE NOT EXISTS (SELECT 1 FROM article_uploads u WHERE u."articleId" = a.id)
          OR NOT EXISTS (SELECT 1 FROM article_fingerprints f WHERE f."articleId" = a.id)
          OR (SELECT count(*) FROM article_revisions r WHERE r."articleId" = a.id) <> 2
          OR a."currentRevisionId" IS NULL
          OR NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.action = 'article.import' AND l."targetId" = a.id::text)
          OR NOT EXISTS (SELECT 1 FROM import_items i WHERE i."articleId" = a.id AND i.status = 'CREATED')`);
    expect(partial).toBe(0);
    expect(await count("SELECT count(*) FROM import_batches WHERE status = 'RUNNING'")).toBe(1);

    const { stdout } = await promisify(execFile)(COMMAND[0], [...COMMAND.slice(1), folder], { env: { ...process.env, DATABASE_URL: database.url } });
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line) as { status?: string; earlierRun?: boolean; summary?: Record<string, unknown> });
    const summary = lines.pop()?.summary;
    expect(summary).toMatchObject({ created: ARTICLES, duplicate: 0, failed: 0, total: ARTICLES });
    expect(lines.filter((line) => line.earlierRun)).toHaveLength(saved);
    expect(lines.every((line) => line.status === "created")).toBe(true);

    expect(await count("SELECT count(*) FROM articles")).toBe(ARTICLES);
    expect(await count(`SELECT count(DISTINCT "contentHash") FROM articles`)).toBe(ARTICLES);
    expect(await count("SELECT count(*) FROM import_batches")).toBe(1);
    expect(await count("SELECT count(*) FROM import_batches WHERE status = 'DONE' AND done = total AND total = " + ARTICLES)).toBe(1);
    // The suggestions a kill cut off (between an article's commit and its suggestions) were run on resume.
    expect(await count(`SELECT count(*) FROM import_items WHERE status = 'CREATED' AND "suggestedAt" IS NULL`)).toBe(0);
  });
});
