// `npm run bench -- <import|search|annotate|dossier|suggest|load> [options]`: the performance benchmarks, printing their figures.
// They run in databases of their own (bench_*) on the configured server, never in the app's data.
import { parseArgs } from "node:util";
import { runAnnotateBench } from "@/lib/bench/annotate-bench";
import { runDossierBench } from "@/lib/bench/dossier-bench";
import { runImportBench } from "@/lib/bench/import-bench";
import { runLoadBench } from "@/lib/bench/load-bench";
import { runSearchBench } from "@/lib/bench/search-bench";
import { runSuggestBench } from "@/lib/bench/suggest-bench";
import { runCli } from "@/lib/cli/run";

const usage = "Usage: npm run bench -- import [--articles 2000] [--concurrency 4] | search [--articles 10000,100000] [--requests 300] | annotate [--requests 200] | dossier [--requests 1000] [--concurrency 20] | suggest [--articles 200] | load [--seconds 60] [--clients 50]";

runCli(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { articles: { type: "string" }, concurrency: { type: "string" }, requests: { type: "string" }, seconds: { type: "string" }, clients: { type: "string" } },
  });
  const count = (value: string | undefined, fallback: number) => {
    const number = Number(value ?? fallback);
    if (!Number.isInteger(number) || number < 1) throw new Error(`Not a positive whole number: ${value}. ${usage}`);
    return number;
  };
  switch (positionals[0]) {
    case "import":
      await runImportBench({ articles: count(values.articles, 2000), concurrency: count(values.concurrency, 4) });
      return;
    case "search":
      await runSearchBench({
        sizes: (values.articles ?? "10000,100000").split(",").map((size) => count(size, 0)),
        requests: count(values.requests, 300),
      });
      return;
    case "annotate":
      await runAnnotateBench({ requests: count(values.requests, 200) });
      return;
    case "dossier":
      await runDossierBench({ requests: count(values.requests, 1000), concurrency: count(values.concurrency, 20) });
      return;
    case "suggest":
      await runSuggestBench({ articles: count(values.articles, 200) });
      return;
    case "load":
      await runLoadBench({ seconds: count(values.seconds, 60), clients: count(values.clients, 50) });
      return;
    default:
      throw new Error(usage);
  }
});
