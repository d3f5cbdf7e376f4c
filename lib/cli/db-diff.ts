// `npm run db:diff`: prints the SQL that turns the committed prisma/schema.prisma into the working
// copy, to start a new migration (prisma/migrations/<yyyymmddhhmmss>_<name>/migration.sql; review it).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { runCli } from "@/lib/cli/run";

runCli(async () => {
  const committed = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
  const dir = mkdtempSync(path.join(os.tmpdir(), "schema-"));
  const from = path.join(dir, "schema.prisma");
  writeFileSync(from, committed);
  // The Prisma CLI's WebAssembly engine opens a connection even to compare two files.
  const database = await prepareDatabase();
  try {
    const sql = execFileSync(
      "npx",
      ["prisma", "migrate", "diff", "--config", "prisma/prisma.config.ts", "--from-schema-datamodel", from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: database.url }, stdio: ["ignore", "pipe", "inherit"] },
    );
    console.log(sql.trim() || "-- schema.prisma has no change since the last commit.");
  } finally {
    await database.release();
    rmSync(dir, { recursive: true, force: true });
  }
});
