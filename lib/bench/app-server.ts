// The production build served as `npm start` serves it (lib/cli/web-server.ts), against a benchmark
// database, and a signed-in session on it, so the benchmarks measure what a browser or a script gets:
// HTTP, authentication, validation and JSON included.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { webServerArguments } from "@/lib/cli/web-server-arguments";

export type AppServer = {
  baseUrl: string;
  get: (pathAndQuery: string) => Promise<Response>;
  send: (method: string, pathAndQuery: string, body: unknown) => Promise<Response>;
  cookie: string;
  stop: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("No free port."))));
    });
  });
}

async function waitUntilUp(baseUrl: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`The app stopped while starting (exit code ${child.exitCode}).`);
    const response = await fetch(`${baseUrl}/sign-in`).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The app did not answer within 2 minutes.");
}

async function createBenchUser(databaseUrl: string, email: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO users (email, name, role, "passwordHash", "updatedAt") VALUES ($1, 'Benchmark', 'EDITOR', $2, now())
       ON CONFLICT (email) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", "disabledAt" = NULL`,
      [email, await hashPassword(password)],
    );
  } finally {
    await client.end();
  }
}

// NextAuth's credentials flow, as the sign-in form runs it: CSRF token, then the callback.
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`Signing in the benchmark user failed (HTTP ${response.status}).`);
  return session.split(";")[0] as string;
}

export async function startAppServer(databaseUrl: string): Promise<AppServer> {
  if (!existsSync(path.join(".next", "BUILD_ID"))) throw new Error("There is no production build: run `npm run build` first.");
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const secret = randomBytes(32).toString("base64url");
  const child = spawn(process.execPath, webServerArguments("--hostname", "127.0.0.1"), {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: databaseUrl, AUTH_SECRET: secret, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  try {
    await waitUntilUp(baseUrl, child);
    const email = "bench@bench.local";
    const password = randomBytes(16).toString("hex");
    await createBenchUser(databaseUrl, email, password);
    const cookie = await signIn(baseUrl, email, password);
    return {
      baseUrl,
      cookie,
      get: (pathAndQuery) => fetch(`${baseUrl}${pathAndQuery}`, { headers: { cookie } }),
      send: (method, pathAndQuery, body) => fetch(`${baseUrl}${pathAndQuery}`, { method, headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(body) }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
