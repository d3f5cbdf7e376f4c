// `npm run dev` / `npm start`: prepares the database (embedded unless DATABASE_URL is set), loads the
// demo data when asked, purges the trash (at start, then hourly), then runs Next.js with the resolved
// configuration and stops the database on exit.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoIfEmpty } from "@/lib/demo/seed-demo";
import { getEnv } from "@/lib/env";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { runCli } from "@/lib/cli/run";
import { webServerArguments } from "@/lib/cli/web-server-arguments";
import { schedulePurge } from "@/lib/trash/purge-schedule";

const mode = process.argv[2] === "start" ? "start" : "dev";

runCli(async () => {
  const env = getEnv();
  if (mode === "start" && !env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET is not set: production needs a secret of at least 32 characters (e.g. `openssl rand -base64 32`).");
  }
  if (mode === "start" && !existsSync(path.join(".next", "BUILD_ID"))) {
    throw new Error("There is no production build: run `npm run build` first.");
  }
  const authSecret = env.AUTH_SECRET ?? (await developmentSecret(env.DATA_DIR));

  const database = await prepareDatabase(console.log);
  if (mode === "dev" || env.SEED_DEMO) {
    const db = createPrismaClient(database.url);
    if (await seedDemoIfEmpty(db)) console.log("Loaded the demo data (accounts: README.md, password: demo-password).");
    await db.$disconnect();
  }
  const stopPurging = schedulePurge(database.url, console.log);

  const appUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;
  const child = spawn(process.execPath, mode === "start" ? webServerArguments() : [createRequire(import.meta.url).resolve("next/dist/bin/next"), "dev", "--port", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: database.url, AUTH_SECRET: authSecret, NEXTAUTH_SECRET: authSecret, NEXTAUTH_URL: appUrl, ...(mode === "start" && { NODE_ENV: "production" }) },
  });
  console.log(`Dossier CMS (${mode}) on ${appUrl}`);

  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 0)));
  await stopPurging();
  await database.release();
  process.exit(code);
});

// A development secret persisted in DATA_DIR, so sessions survive restarts without any setup.
async function developmentSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "dev-auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
