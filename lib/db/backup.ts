// Backups with PostgreSQL's own tools: a custom-format pg_dump of the whole database (articles' original
// uploads are bytea columns, so they are in it) and its restore, all or nothing, into the configured
// database, followed by the migrations a backup of an older version needs and a check that the
// database's protections are back.
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { withClient } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { findPostgresTools, runTool, spawnTool, splitPassword, type PostgresTools } from "@/lib/db/postgres-tools";

export type BackupResult = { file: string; bytes: number; seconds: number; serverVersion: string; pgDumpVersion: string };
export type RestoreResult = { seconds: number; appliedMigrations: string[]; replaced: DatabaseContents };
/** Rows of the tables that matter to people, to say what a restore would replace. */
export type DatabaseContents = Record<(typeof COUNTED_TABLES)[number], number>;

const COUNTED_TABLES = ["users", "articles", "article_uploads", "annotations", "entities", "dossiers", "audit_log"] as const;
// The triggers that make the audit log append-only and revisions and published versions immutable
// (prisma/migrations/20261122000000_init): a restore is refused as incomplete without them.
const PROTECTION_TRIGGERS = ["audit_log_append_only", "audit_log_no_truncate", "article_revisions_immutable", "dossier_versions_immutable"];

export function defaultBackupFile(now = new Date()): string {
  return path.join("backups", `cms-${now.toISOString().replace(/\.\d+Z$/, "Z").replaceAll(":", "-")}.dump`);
}

async function serverMajor(url: string): Promise<{ major: number; version: string }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ server_version_num: string; server_version: string }>(
      "SELECT current_setting('server_version_num') AS server_version_num, current_setting('server_version') AS server_version",
    );
    const row = rows[0];
    return { major: Math.floor(Number(row?.server_version_num) / 10_000), version: String(row?.server_version).split(" ")[0] ?? "" };
  });
}

async function toolsFor(url: string): Promise<{ tools: PostgresTools; serverVersion: string }> {
  const server = await serverMajor(url);
  return { tools: await findPostgresTools(server.major), serverVersion: server.version };
}

/** Dumps the database to `file` (written beside it first, then renamed: a failed dump leaves no file). */
export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupResult> {
  const started = performance.now();
  const { tools, serverVersion } = await toolsFor(databaseUrl);
  const { url, password } = splitPassword(databaseUrl);
  const target = path.resolve(file);
  const partial = `${target}.partial`;
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await runTool(tools.pg_dump, ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, `--dbname=${url}`], password);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  return { file: target, bytes: (await stat(target)).size, seconds, serverVersion, pgDumpVersion: tools.version };
}

async function describeDatabase(url: string): Promise<DatabaseContents> {
  return withClient(url, async (client) => {
    const counts = {} as DatabaseContents;
    for (const table of COUNTED_TABLES) {
      const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass($1) IS NOT NULL AS exists", [`public.${table}`]);
      counts[table] = rows[0]?.exists ? Number((await client.query<{ count: string }>(`SELECT count(*) FROM "${table}"`)).rows[0]?.count) : 0;
    }
    return counts;
  });
}

function isEmpty(contents: DatabaseContents): boolean {
  return Object.values(contents).every((count) => count === 0);
}

/**
 * Replaces the database's contents with the backup's, in one transaction: the public schema is
 * dropped and the dump's script replayed by psql with ON_ERROR_STOP, so any error rolls everything
 * back and the database is left as it was. Dropping tables fires no trigger (the audit log's triggers
 * refuse UPDATE, DELETE and TRUNCATE only), so the append-only log neither blocks the restore nor
 * needs its protection lifted; the dump recreates the triggers, checked afterwards.
 */
export async function restoreDatabase(databaseUrl: string, file: string, options: { replace: boolean }): Promise<RestoreResult> {
  const started = performance.now();
  const { tools } = await toolsFor(databaseUrl);
  const { url, password } = splitPassword(databaseUrl);
  const dump = path.resolve(file);
  // Reads the archive's table of contents first: a missing or foreign file stops here, before anything is touched.
  await runTool(tools.pg_restore, ["--list", dump]);
  await assertNoOtherSessions(databaseUrl);
  const replaced = await describeDatabase(databaseUrl);
  if (!isEmpty(replaced) && !options.replace) {
    throw new Error(`${describeName(databaseUrl)} is not empty: ${summarise(replaced)} would be replaced by the backup's contents. Run again with --yes to replace them.`);
  }

  await replayBackup(tools, dump, url, password);
  const { applied } = await migrate(databaseUrl);
  await assertProtections(databaseUrl);
  return { seconds: (performance.now() - started) / 1000, appliedMigrations: applied, replaced };
}

// psql replays pg_restore's script between BEGIN and a COMMIT written only once pg_restore has succeeded:
// when pg_restore fails midway (a truncated file), psql reaches the end of its input inside the open
// transaction and disconnects, which rolls it back. ON_ERROR_STOP does the same for a failing statement.
async function replayBackup(tools: PostgresTools, dump: string, url: string, password: string): Promise<void> {
  const script = spawnTool(tools.pg_restore, ["--no-owner", "--no-privileges", "--file=-", dump]);
  const psql = spawnTool(tools.psql, ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--file=-", `--dbname=${url}`], password);
  const { stdin } = psql.child;
  const source = script.child.stdout;
  if (!stdin || !source) throw new Error("Could not connect pg_restore to psql.");
  psql.child.stdout?.resume();
  stdin.on("error", () => undefined); // psql stopped early: its exit status carries the reason
  psql.done.catch(() => script.child.kill()); // and pg_restore, left writing to nobody, must stop too
  stdin.write("BEGIN;\nDROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n");
  source.pipe(stdin, { end: false });
  const dumped = await script.done.then(
    () => undefined,
    (error: Error) => error,
  );
  stdin.end(dumped ? "" : "COMMIT;\n");
  const replayed = await psql.done.then(
    () => undefined,
    (error: Error) => error,
  );
  const failure = dumped ?? replayed;
  if (failure) throw new Error(`The restore failed and was rolled back; the database is unchanged. ${failure.message}`);
}

// A running app keeps connections (and cached plans) to the old tables: it must be stopped first.
async function assertNoOtherSessions(url: string): Promise<void> {
  const others = await withClient(url, async (client) => {
    const { rows } = await client.query<{ count: string }>(
      "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
    );
    return Number(rows[0]?.count);
  });
  if (others > 0) throw new Error(`${others} other connection(s) to ${describeName(url)} are open: stop the app (and any import) before restoring.`);
}

async function assertProtections(url: string): Promise<void> {
  const present = await withClient(url, async (client) => {
    const { rows } = await client.query<{ tgname: string }>("SELECT tgname FROM pg_trigger WHERE tgname = ANY($1) AND tgenabled <> 'D'", [PROTECTION_TRIGGERS]);
    return new Set(rows.map((row) => row.tgname));
  });
  const missing = PROTECTION_TRIGGERS.filter((name) => !present.has(name));
  if (missing.length) throw new Error(`The restored database lacks its protection triggers (${missing.join(", ")}): do not use it; restore another backup.`);
}

function describeName(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `The database ${pathname.slice(1)} at ${hostname}:${port || 5432}`;
}

function summarise(contents: DatabaseContents): string {
  return Object.entries(contents)
    .map(([table, count]) => `${count} ${table}`)
    .join(", ");
}
