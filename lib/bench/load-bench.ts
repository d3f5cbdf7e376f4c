// `npm run bench -- load [--seconds 60] [--clients 50]`: the production build under a mixed workload,
// the demo data plus 300 articles: 80% of requests from readers (published dossiers: list, reading
// page, API), 20% from editors (article search, pages, annotations; a fifth of their work writes an
// annotation and deletes it again). Every answer must be the expected one: any error fails the run.
import { openBenchDatabase } from "@/lib/bench/bench-database";
import { signIn, startAppServer, type AppServer } from "@/lib/bench/app-server";
import { summarise } from "@/lib/bench/stats";
import { benchmarkQueries, random, syntheticArticles } from "@/lib/bench/synthetic-articles";
import { createPrismaClient } from "@/lib/db/client";
import { DEMO_PASSWORD, seedDemo } from "@/lib/demo/seed-demo";
import { importTrustedDocument } from "@/lib/ingest/import-article";
import { pastedDocument } from "@/lib/ingest/pasted-document";

const EXTRA_ARTICLES = 300;

type Session = { get: (path: string) => Promise<Response>; send: (method: string, path: string, body: unknown) => Promise<Response> };
type Operation = { name: string; run: (session: Session) => Promise<void> };
type Article = { id: string; revisionId: string; word: { start: number; quote: string } };

async function expectStatus(response: Response, status: number, name: string): Promise<unknown> {
  const body = await response.text();
  if (response.status !== status) throw new Error(`${name}: HTTP ${response.status} ${body.slice(0, 200)}`);
  return body.startsWith("{") ? JSON.parse(body) : body;
}

function sessionOf(server: AppServer, cookie: string): Session {
  const headers = { cookie, "content-type": "application/json" };
  return {
    get: (path) => fetch(`${server.baseUrl}${path}`, { headers }),
    send: (method, path, body) => fetch(`${server.baseUrl}${path}`, { method, headers, body: JSON.stringify(body) }),
  };
}

async function loadData(url: string): Promise<void> {
  const db = createPrismaClient(url);
  try {
    await seedDemo(db);
    const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@demo.local" }, select: { id: true } });
    for (const article of syntheticArticles(EXTRA_ARTICLES, 23)) {
      await importTrustedDocument(db, pastedDocument(article), editor.id, undefined, { suggest: false });
    }
  } finally {
    await db.$disconnect();
  }
}

async function articlesToAnnotate(editor: Session): Promise<Article[]> {
  const { items } = (await expectStatus(await editor.get("/api/v1/articles?pageSize=50&sort=newest"), 200, "article list")) as { items: { id: string }[] };
  return Promise.all(
    items.map(async ({ id }) => {
      const { currentRevision } = (await expectStatus(await editor.get(`/api/v1/articles/${id}`), 200, "article")) as { currentRevision: { id: string; text: string } };
      const match = /\p{L}{6,}/u.exec(currentRevision.text) as RegExpExecArray;
      return { id, revisionId: currentRevision.id, word: { start: match.index, quote: match[0] } };
    }),
  );
}

function workload(pick: () => number, dossierSlugs: string[], articles: Article[]): { reader: Operation[]; editor: Operation[] } {
  const one = <T>(list: readonly T[]) => list[Math.floor(pick() * list.length)] as T;
  const query = () => encodeURIComponent(one(benchmarkQueries));
  const get = (name: string, path: () => string): Operation => ({ name, run: async (session) => void (await expectStatus(await session.get(path()), 200, name)) });
  const annotateAndUndo: Operation = {
    name: "editor: annotate + delete",
    run: async (session) => {
      const article = one(articles);
      const { start, quote } = article.word;
      const created = (await expectStatus(
        await session.send("POST", `/api/v1/articles/${article.id}/annotations`, {
          kind: "DATE",
          start,
          end: start + quote.length,
          quote,
          revisionId: article.revisionId,
          date: { start: "2024-05-01", end: "2024-05-31", precision: "MONTH" },
        }),
        201,
        "annotate",
      )) as { annotations: { id: string; version: number }[] };
      const annotation = created.annotations[0] as { id: string; version: number };
      await expectStatus(await session.send("DELETE", `/api/v1/annotations/${annotation.id}`, { version: annotation.version }), 200, "delete annotation");
    },
  };
  return {
    reader: [
      get("reader: dossier list page", () => "/dossiers"),
      get("reader: reading page", () => `/dossiers/${one(dossierSlugs)}`),
      get("reader: dossier search API", () => `/api/v1/dossiers?q=${query()}`),
      get("reader: dossier API", () => `/api/v1/dossiers/${one(dossierSlugs)}`),
    ],
    editor: [
      get("editor: search API", () => `/api/v1/articles?q=${query()}`),
      get("editor: search page", () => `/articles?q=${query()}`),
      get("editor: article page", () => `/articles/${one(articles).id}`),
      get("editor: annotations API", () => `/api/v1/articles/${one(articles).id}/annotations`),
      annotateAndUndo,
    ],
  };
}

export async function runLoadBench({ seconds, clients }: { seconds: number; clients: number }): Promise<void> {
  const database = await openBenchDatabase("load", { fresh: true });
  try {
    console.log(`Loading the demo data and ${EXTRA_ARTICLES} articles…`);
    await loadData(database.url);
    const server = await startAppServer(database.url);
    try {
      const reader = sessionOf(server, await signIn(server.baseUrl, "reader@demo.local", DEMO_PASSWORD));
      const editor = sessionOf(server, await signIn(server.baseUrl, "editor@demo.local", DEMO_PASSWORD));
      const { items } = (await expectStatus(await reader.get("/api/v1/dossiers"), 200, "dossier list")) as { items: { slug: string }[] };
      const pick = random(7);
      const operations = workload(pick, items.map((item) => item.slug), await articlesToAnnotate(editor));

      console.log(`${clients} clients for ${seconds} s: 80% readers, 20% editors…`);
      const latencies = new Map<string, number[]>();
      const errors: string[] = [];
      const deadline = performance.now() + seconds * 1000;
      const begun = performance.now();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (performance.now() < deadline) {
            const [session, choices] = pick() < 0.8 ? [reader, operations.reader] : [editor, operations.editor];
            const operation = choices[Math.floor(pick() * choices.length)] as Operation;
            const started = performance.now();
            try {
              await operation.run(session);
              const times = latencies.get(operation.name) ?? [];
              latencies.set(operation.name, [...times, performance.now() - started]);
            } catch (error) {
              errors.push((error as Error).message);
            }
          }
        }),
      );
      const elapsed = (performance.now() - begun) / 1000;
      const all = [...latencies.values()].flat();
      const byOperation = Object.fromEntries([...latencies].sort(([a], [b]) => a.localeCompare(b)).map(([name, values]) => [name, summarise(values)]));
      console.log(
        JSON.stringify({
          bench: "load",
          clients,
          seconds: Math.round(elapsed),
          operations: all.length,
          errors: errors.length,
          operationsPerSecond: Math.round(all.length / elapsed),
          allMs: summarise(all),
          byOperation,
        }),
      );
      if (errors.length) throw new Error(`${errors.length} operations failed; the first: ${errors[0]}`);
    } finally {
      await server.stop();
    }
  } finally {
    await database.release();
  }
}
