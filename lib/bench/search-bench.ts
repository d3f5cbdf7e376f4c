// `npm run bench -- search [--articles 10000,100000] [--requests 300]`: search latency through the HTTP
// API (`GET /api/v1/articles`, facets included) of the production build, at each corpus size, one
// request at a time, each timed until its last byte arrives (lib/bench/raw-get.ts), then checked.
// The corpora are generated once and kept (bench_search_<size> databases).
import { startAppServer } from "@/lib/bench/app-server";
import { openBenchDatabase } from "@/lib/bench/bench-database";
import { decodedText, rawGet } from "@/lib/bench/raw-get";
import { fillSearchCorpus } from "@/lib/bench/search-corpus";
import { summarise, type LatencySummary } from "@/lib/bench/stats";
import { benchmarkQueries } from "@/lib/bench/synthetic-articles";

export type SearchBenchOptions = { sizes: number[]; requests: number };

type Kind = "words" | "filtered" | "phrase" | "browse";

// The mix a newsroom produces: mostly a few words, often narrowed by a facet or sorted by date, some
// quoted phrases, and the plain list (no words) every time someone opens the page.
function requestOf(index: number): { kind: Kind; query: URLSearchParams } {
  const words = benchmarkQueries[index % benchmarkQueries.length] as string;
  const query = new URLSearchParams();
  if (index % 10 === 9) return { kind: "browse", query };
  query.set("q", words);
  if (index % 4 === 1) query.set("sort", "newest");
  if (index % 5 === 2) query.set("page", "2");
  if (index % 3 === 0) {
    query.set("status", "REVIEWED");
    query.set("from", String(2016 + (index % 9)));
  }
  return { kind: words.startsWith('"') ? "phrase" : index % 3 === 0 ? "filtered" : "words", query };
}

export async function runSearchBench({ sizes, requests }: SearchBenchOptions): Promise<void> {
  for (const size of sizes) {
    const database = await openBenchDatabase(`search_${size}`);
    try {
      const added = await fillSearchCorpus(database.url, size, console.log);
      console.log(`Corpus of ${size} articles ready (${added} generated now).`);
      const server = await startAppServer(database.url);
      try {
        // Warm-up: every query once, as a running server would have seen them.
        for (let index = 0; index < benchmarkQueries.length * 2; index++) await server.get(`/api/v1/articles?${requestOf(index).query}`);
        const latencies: Record<Kind | "all", number[]> = { all: [], words: [], filtered: [], phrase: [], browse: [] };
        let failures = 0;
        const started = performance.now();
        for (let index = 0; index < requests; index++) {
          const { kind, query } = requestOf(index);
          const begun = performance.now();
          const answer = await rawGet(`${server.baseUrl}/api/v1/articles?${query}`, server.cookie);
          const elapsed = performance.now() - begun;
          const body = JSON.parse(decodedText(answer)) as { facets?: unknown };
          if (answer.status !== 200 || !body.facets) failures++;
          latencies.all.push(elapsed);
          latencies[kind].push(elapsed);
        }
        const seconds = (performance.now() - started) / 1000;
        const figures = Object.fromEntries(Object.entries(latencies).map(([kind, values]) => [kind, summarise(values)])) as Record<string, LatencySummary>;
        console.log(JSON.stringify({ bench: "search", articles: size, requests, failures, requestsPerSecond: Math.round(requests / seconds), latencyMs: figures }));
      } finally {
        await server.stop();
      }
    } finally {
      await database.release();
    }
  }
}
