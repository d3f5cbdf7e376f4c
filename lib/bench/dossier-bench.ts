// `npm run bench -- dossier [--requests 1000] [--concurrency 20]`: a published dossier of 200 items
// and about 500 citations, read through the production build by concurrent signed-in readers: the
// reading page (from the cache, and rendered every time), the JSON API, with the time publishing it took.
import pg from "pg";
import { BENCH_DOSSIER_SLUG, createBenchDossier } from "@/lib/bench/bench-dossier";
import { startAppServer, type AppServer } from "@/lib/bench/app-server";
import { openBenchDatabase } from "@/lib/bench/bench-database";
import { rawGet } from "@/lib/bench/raw-get";
import { summarise } from "@/lib/bench/stats";

async function setRole(url: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`UPDATE users SET role = $1::"Role" WHERE email = 'bench@bench.local'`, [role]).finally(() => client.end());
}

function get(server: AppServer, path: string): Promise<{ status: number; bytes: number; cache?: string }> {
  return rawGet(`${server.baseUrl}${path}`, server.cookie).then(({ status, headers, body }) => ({ status, bytes: body.length, cache: headers["x-reading-page-cache"] as string | undefined }));
}

async function timed(run: () => Promise<{ status: number; bytes: number; cache?: string }>, status = 200) {
  const begun = performance.now();
  const result = await run();
  if (result.status !== status) throw new Error(`HTTP ${result.status} during the benchmark.`);
  return { ...result, ms: performance.now() - begun };
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
        const result = await timed(() => get(server, path), status);
        latencies.push(result.ms);
        bytes = result.bytes;
      }
    }),
  );
  const seconds = (performance.now() - begun) / 1000;
  return { ...summarise(latencies), requestsPerSecond: Math.round(requests / seconds), gzippedKilobytes: Math.round(bytes / 1024) };
}

export async function runDossierBench({ requests, concurrency }: { requests: number; concurrency: number }): Promise<void> {
  const database = await openBenchDatabase("dossier", { fresh: true });
  try {
    const { items } = await createBenchDossier(database.url);
    const server = await startAppServer(database.url);
    try {
      const publishBegun = performance.now();
      const publishing = await server.send("POST", `/api/v1/dossiers/${BENCH_DOSSIER_SLUG}/workflow`, { action: "publish", version: 1 });
      if (publishing.status !== 201) throw new Error(`Publishing the benchmark dossier failed (HTTP ${publishing.status}).`);
      const publishMs = Math.round(performance.now() - publishBegun);
      // Read as readers do: the benchmark's editor becomes a reader (the session re-reads the role).
      await setRole(database.url, "READER");
      const api = `/api/v1/dossiers/${BENCH_DOSSIER_SLUG}`;
      const version = (await (await server.get(api)).json()) as { snapshot: { citations: unknown[] } };
      const page = `/dossiers/${BENCH_DOSSIER_SLUG}`;
      // The first reading renders the page (Next.js, then gzip, into the cache); the others are sent from memory.
      const firstReading = await timed(() => get(server, page));
      for (let index = 0; index < 20; index++) await timed(() => get(server, page));
      const pageFigures = await underLoad(server, page, requests, concurrency);
      // The same page rendered by Next.js on every request, as a client-side navigation or a cache miss gets it.
      const renderedFigures = await underLoad(server, `${page}?render`, Math.min(requests, 200), concurrency);
      const apiFigures = await underLoad(server, api, requests, concurrency);
      // The floor: a signed-in API request that finds nothing (session, permission, one query, 404).
      const floorFigures = await underLoad(server, "/api/v1/dossiers/no-such-dossier", requests, concurrency, 404);
      console.log(JSON.stringify({ bench: "dossier", items, citations: version.snapshot.citations.length, concurrency, publishMs, firstReadingMs: Math.round(firstReading.ms), firstReadingCache: firstReading.cache, readingPageMs: pageFigures, renderedEveryTimeMs: renderedFigures, apiMs: apiFigures, emptyRequestMs: floorFigures }));
    } finally {
      await server.stop();
    }
  } finally {
    await database.release();
  }
}
