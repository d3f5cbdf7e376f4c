// `npm run bench -- dossier [--requests 1000] [--concurrency 20]`: a published dossier of 200 items
// and about 500 citations, read through the production build by concurrent signed-in readers: the
// reading page and the JSON API, with the time publishing it took.
import pg from "pg";
import { BENCH_DOSSIER_SLUG, createBenchDossier } from "@/lib/bench/bench-dossier";
import { startAppServer, type AppServer } from "@/lib/bench/app-server";
import { openBenchDatabase } from "@/lib/bench/bench-database";
import { summarise } from "@/lib/bench/stats";

async function setRole(url: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`UPDATE users SET role = $1::"Role" WHERE email = 'bench@bench.local'`, [role]).finally(() => client.end());
}

async function timed(run: () => Promise<Response>, status = 200): Promise<{ ms: number; bytes: number }> {
  const begun = performance.now();
  const response = await run();
  const body = await response.arrayBuffer();
  if (response.status !== status) throw new Error(`HTTP ${response.status} during the benchmark.`);
  return { ms: performance.now() - begun, bytes: body.byteLength };
}

// `concurrency` clients, each sending its requests one after another, `requests` in all.
async function underLoad(server: AppServer, path: string, requests: number, concurrency: number, status = 200) {
  const latencies: number[] = [];
  let bytes = 0;
  let remaining = requests;
  const begun = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (remaining-- > 0) {
        const result = await timed(() => server.get(path), status);
        latencies.push(result.ms);
        bytes = result.bytes;
      }
    }),
  );
  const seconds = (performance.now() - begun) / 1000;
  return { ...summarise(latencies), requestsPerSecond: Math.round(requests / seconds), kilobytes: Math.round(bytes / 1024) };
}

export async function runDossierBench({ requests, concurrency }: { requests: number; concurrency: number }): Promise<void> {
  const database = await openBenchDatabase("dossier", { fresh: true });
  try {
    const { items } = await createBenchDossier(database.url);
    const server = await startAppServer(database.url);
    try {
      const published = await timed(() => server.send("POST", `/api/v1/dossiers/${BENCH_DOSSIER_SLUG}/workflow`, { action: "publish", version: 1 }), 201);
      // Read as readers do: the benchmark's editor becomes a reader (the session re-reads the role).
      await setRole(database.url, "READER");
      const api = `/api/v1/dossiers/${BENCH_DOSSIER_SLUG}`;
      const version = (await (await server.get(api)).json()) as { snapshot: { citations: unknown[] } };
      const page = `/dossiers/${BENCH_DOSSIER_SLUG}`;
      for (let index = 0; index < 20; index++) await timed(() => server.get(page));
      const pageFigures = await underLoad(server, page, requests, concurrency);
      const apiFigures = await underLoad(server, api, requests, concurrency);
      // The floor: a signed-in API request that finds nothing (session, permission, one query, 404).
      const floorFigures = await underLoad(server, "/api/v1/dossiers/no-such-dossier", requests, concurrency, 404);
      console.log(JSON.stringify({ bench: "dossier", items, citations: version.snapshot.citations.length, concurrency, publishMs: Math.round(published.ms), readingPageMs: pageFigures, apiMs: apiFigures, emptyRequestMs: floorFigures }));
    } finally {
      await server.stop();
    }
  } finally {
    await database.release();
  }
}
