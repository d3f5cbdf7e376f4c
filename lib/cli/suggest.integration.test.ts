// `npm run suggest` as a person runs it: one JSON object with entities, dates and themes, offsets into
// the file's text, against a fresh database (migrated by the command itself).
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "@/lib/testing/temp-database";

let database: TempDatabase;
let folder: string;
const text = "Le général Régis Colcombet a reçu à Rabat, le 2 décembre, son homologue de la Direction générale de la sécurité extérieure (DGSE) pour parler de terrorisme et de renseignement.";

beforeAll(async () => {
  database = await createTempDatabase(inject("databaseUrl"), "cli_suggest");
  folder = await mkdtemp(path.join(os.tmpdir(), "cli-suggest-"));
  await writeFile(path.join(folder, "article.txt"), text);
});

afterAll(async () => {
  await database?.drop();
  await rm(folder, { recursive: true, force: true });
});

async function runSuggest(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return promisify(execFile)(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/cli/suggest.ts", ...args], { env: { ...process.env, DATABASE_URL: database.url } }).then(
    ({ stdout, stderr }) => ({ stdout, stderr, code: 0 }),
    (error: { stdout: string; stderr: string; code: number }) => ({ stdout: error.stdout, stderr: error.stderr, code: error.code }),
  );
}

describe("npm run suggest", () => {
  it("prints the entities, dates and themes of a file, resolved against --date", async () => {
    const { stdout, code } = await runSuggest(path.join(folder, "article.txt"), "--date", "2024-12-05");
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { entities: { start: number; end: number; text: string; type: string; entity: string }[]; dates: unknown[]; themes: { slug: string; evidence: { start: number; end: number }[] }[] };
    expect(result.entities.map(({ text: quote, type, entity }) => [quote, type, entity])).toEqual([
      ["Régis Colcombet", "PERSON", "Régis Colcombet"],
      ["Rabat", "LOCATION", "Rabat"],
      ["Direction générale de la sécurité extérieure", "ORG", "Direction générale de la sécurité extérieure"],
      ["DGSE", "ORG", "Direction générale de la sécurité extérieure"],
    ]);
    for (const entity of result.entities) expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    expect(result.dates).toEqual([{ start: text.indexOf("le 2 décembre"), end: text.indexOf("le 2 décembre") + 13, text: "le 2 décembre", value: "2024-12-02", precision: "DAY" }]);
    expect(result.themes.map((theme) => theme.slug)).toContain("intelligence");
  });

  it("says how to call it when the date is not one", async () => {
    const { stderr, code } = await runSuggest(path.join(folder, "article.txt"), "--date", "2024-13-01");
    expect(code).toBe(1);
    expect(stderr).toContain("Not a date: 2024-13-01");
  });
});
