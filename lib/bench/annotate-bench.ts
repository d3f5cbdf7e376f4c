// `npm run bench -- annotate [--requests 200]`: the annotation workspace on an article of 50,000
// characters carrying 1,000 annotations, through the production build: the server render of the page,
// the annotations API, and the round trip of adding an annotation. Then, in Chromium when available,
// how long the browser takes to show the page ready to select, and to draw a new mark.
import { existsSync } from "node:fs";
import { annotateInBrowser } from "@/lib/bench/annotate-in-browser";
import { createAnnotatedArticle } from "@/lib/bench/annotated-article";
import { startAppServer } from "@/lib/bench/app-server";
import { openBenchDatabase } from "@/lib/bench/bench-database";
import { summarise } from "@/lib/bench/stats";

export async function runAnnotateBench({ requests }: { requests: number }): Promise<void> {
  const database = await openBenchDatabase("annotate", { fresh: true });
  try {
    const article = await createAnnotatedArticle(database.url, 50_000, 1_000);
    console.log(`Article of ${article.text.length} characters with 1,000 annotations ready.`);
    const server = await startAppServer(database.url);
    try {
      const page = `/articles/${article.articleId}/annotate`;
      const api = `/api/v1/articles/${article.articleId}/annotations`;
      const timed = async (run: () => Promise<Response>) => {
        const begun = performance.now();
        const response = await run();
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`HTTP ${response.status} during the benchmark.`);
        return performance.now() - begun;
      };
      for (let index = 0; index < 5; index++) await timed(() => server.get(page));
      const render: number[] = [];
      const list: number[] = [];
      for (let index = 0; index < 30; index++) {
        render.push(await timed(() => server.get(page)));
        list.push(await timed(() => server.get(api)));
      }
      const add: number[] = [];
      const spans = article.freeSpans.slice(0, requests);
      for (const [index, span] of spans.entries()) {
        add.push(await timed(() => server.send("POST", api, { kind: "ENTITY", ...span, entityId: article.entityIds[index % article.entityIds.length] })));
      }
      const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
      const browser = existsSync(chromium) ? await annotateInBrowser(chromium, server, page) : "skipped: no Chromium";
      console.log(JSON.stringify({ bench: "annotate", characters: article.text.length, annotations: 1000, serverRenderMs: summarise(render), listApiMs: summarise(list), addAnnotationMs: summarise(add), browser }));
    } finally {
      await server.stop();
    }
  } finally {
    await database.release();
  }
}
