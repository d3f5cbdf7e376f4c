// `npm run bench -- import [--articles N] [--concurrency C]`: imports N synthetic articles into a fresh
// bench database through the same code as the app and `npm run import` (clean-up, fingerprint,
// duplicate lookup, one transaction each) and reports the throughput.
import { openBenchDatabase } from "@/lib/bench/bench-database";
import { summarise } from "@/lib/bench/stats";
import { syntheticArticles } from "@/lib/bench/synthetic-articles";
import { createPrismaClient } from "@/lib/db/client";
import { importTrustedDocument, type ImportDocument } from "@/lib/ingest/import-article";

export type ImportBenchOptions = { articles: number; concurrency: number };

export async function runImportBench({ articles, concurrency }: ImportBenchOptions): Promise<void> {
  const database = await openBenchDatabase("import", { fresh: true });
  const db = createPrismaClient(database.url);
  try {
    const documents: ImportDocument[] = [...syntheticArticles(articles, 7)].map((article, index) => {
      const bytes = new TextEncoder().encode(article.text);
      return { filename: `synthetic-${index + 1}.txt`, mediaType: "text/plain", bytes, text: article.text, title: article.title, source: article.source, published: article.published };
    });
    const characters = documents.reduce((sum, document) => sum + document.text.length, 0);
    console.log(`Importing ${articles} synthetic articles (${Math.round(characters / articles)} characters on average), ${concurrency} at a time…`);

    const latencies: number[] = [];
    const counts = { created: 0, duplicate: 0, copies: 0 };
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      for (let index = next++; index < documents.length; index = next++) {
        const begun = performance.now();
        // The pipeline alone: `npm run bench -- suggest` measures what suggestions add to it.
        const outcome = await importTrustedDocument(db, documents[index] as ImportDocument, null, undefined, { suggest: false });
        latencies.push(performance.now() - begun);
        counts[outcome.status]++;
        if (outcome.status === "created" && outcome.copyOf) counts.copies++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;

    console.log(JSON.stringify({ bench: "import", articles, concurrency, ...counts, seconds: Math.round(seconds * 100) / 100, articlesPerSecond: Math.round(articles / seconds), perArticleMs: summarise(latencies) }));
  } finally {
    await db.$disconnect();
    await database.release();
  }
}
