// PostgreSQL's own client tools (pg_dump, pg_restore, psql), which backups use: no npm package ships
// them. Found in PG_BIN_DIR when set, otherwise the newest of the PATH's and Debian's
// /usr/lib/postgresql/<major>/bin; a connection's password reaches them through PGPASSWORD only.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";

export type PostgresTool = "pg_dump" | "pg_restore" | "psql";
export type PostgresTools = Record<PostgresTool, string> & { major: number; version: string };

const TOOLS: PostgresTool[] = ["pg_dump", "pg_restore", "psql"];
const DEBIAN_ROOT = "/usr/lib/postgresql";
const INSTALL_HINT = "On Debian or Ubuntu: apt-get install postgresql-client; elsewhere install PostgreSQL's client tools, or set PG_BIN_DIR to the folder holding pg_dump.";

/** "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" → { major: 15, version: "15.18" } */
export function parseToolVersion(output: string): { major: number; version: string } | undefined {
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return undefined;
  return { major: Number(match[1]), version: match[2] ? `${match[1]}.${match[2]}` : String(match[1]) };
}

/** The client tools to use against a server of `serverMajor`, or an error saying what to install. */
export async function findPostgresTools(serverMajor: number): Promise<PostgresTools> {
  const { PG_BIN_DIR } = getEnv();
  const candidates = PG_BIN_DIR ? [path.resolve(PG_BIN_DIR)] : await candidateDirectories();
  const found: PostgresTools[] = [];
  for (const dir of candidates) {
    const tools = await toolsIn(dir);
    if (tools) found.push(tools);
  }
  const newest = found.sort((first, second) => second.major - first.major)[0];
  if (!newest) {
    const where = PG_BIN_DIR ? `in PG_BIN_DIR (${PG_BIN_DIR})` : `on the PATH or in ${DEBIAN_ROOT}/*/bin`;
    throw new Error(`PostgreSQL's client tools (pg_dump, pg_restore, psql) were not found ${where}. ${INSTALL_HINT}`);
  }
  if (newest.major < serverMajor) {
    throw new Error(
      `The database server runs PostgreSQL ${serverMajor}, but the newest pg_dump found (${newest.pg_dump}) is ${newest.version}: ` +
        `pg_dump ${serverMajor} or later is needed. ${INSTALL_HINT.replace("postgresql-client", `postgresql-client-${serverMajor} (or postgresql-client)`)}`,
    );
  }
  return newest;
}

async function candidateDirectories(): Promise<string[]> {
  const onPath = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const debian = existsSync(DEBIAN_ROOT)
    ? (await readdir(DEBIAN_ROOT)).filter((name) => /^\d+$/.test(name)).map((name) => path.join(DEBIAN_ROOT, name, "bin"))
    : [];
  return [...onPath, ...debian];
}

async function toolsIn(dir: string): Promise<PostgresTools | undefined> {
  if (!TOOLS.every((tool) => existsSync(path.join(dir, tool)))) return undefined;
  const output = await runTool(path.join(dir, "pg_dump"), ["--version"]).catch(() => "");
  const version = parseToolVersion(output);
  if (!version) return undefined;
  return { pg_dump: path.join(dir, "pg_dump"), pg_restore: path.join(dir, "pg_restore"), psql: path.join(dir, "psql"), ...version };
}

/** A connection string without its password, and the password for PGPASSWORD: never on a command line. */
export function splitPassword(url: string): { url: string; password: string } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { url: parsed.toString(), password };
}

/** Starts a tool; its stderr is collected for the error message. */
export function spawnTool(command: string, args: string[], password = ""): { child: ChildProcess; done: Promise<void> } {
  const child = spawn(command, args, { env: { ...process.env, PGPASSWORD: password }, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} failed (${signal ?? `exit code ${code}`}): ${stderr.trim() || "no message"}`));
    });
  });
  return { child, done };
}

/** Runs a tool to completion and returns its standard output. */
export async function runTool(command: string, args: string[], password = ""): Promise<string> {
  const { child, done } = spawnTool(command, args, password);
  child.stdin?.end();
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  await done;
  return stdout;
}
